import type { Activity } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { checkedText, inLanguage, nextText, placeOf, scheduleText } from './activity-text.js';
import type { FilterName } from './facets.js';

export interface ResultsView {
  i18n: LocalizeController;
  activities: readonly Activity[];
  results: readonly number[];
  shown: number;
  today: string;
  linkWorker: boolean;
  shortlist: readonly string[];
  /** Filters whose removal would give results, best first, when there are none. */
  relaxable: [FilterName, number][];
  heading: (text: unknown) => unknown;
  open: (id: string) => void;
  toggleShortlist: (id: string) => void;
  showMore: () => void;
  relax: (filter: FilterName) => void;
}

export function badges(i18n: LocalizeController, activity: Activity) {
  return html`<ul class="badges" aria-label=${i18n.t('activity.languagesLabel')}>
    ${activity.languages.map((l) => html`<li class="badge" lang=${l}>${i18n.code('language', l)}</li>`)}
  </ul>`;
}

export function accessibilityList(i18n: LocalizeController, activity: Activity) {
  const features = activity.accessibility?.features ?? [];
  if (!features.length) return nothing;
  return html`<ul class="features">
    ${features.map((f) => html`<li><span class="feature-icon" aria-hidden="true">✓</span>${i18n.code('accessibility', f)}</li>`)}
  </ul>`;
}

function card(view: ResultsView, activity: Activity) {
  const { i18n } = view;
  const name = inLanguage(activity.name, i18n.lang);
  const picked = view.shortlist.includes(activity.id);
  const next = nextText(i18n, activity, view.today);
  return html`<li class="result" part="result">
    <article aria-labelledby=${`name-${activity.id}`}>
      ${view.heading(html`<span id=${`name-${activity.id}`}>${name}</span>`)}
      <p class="organisation">${activity.organisation.name}</p>
      <p class="when">${scheduleText(i18n, activity)}${next ? html`<br /><span class="next">${next}</span>` : nothing}</p>
      <p class="where">${placeOf(activity, i18n.lang)}</p>
      <p class="cost">${activity.cost.free ? i18n.t('activity.free') : inLanguage(activity.cost.text, i18n.lang)}</p>
      ${badges(i18n, activity)} ${accessibilityList(i18n, activity)}
      <p class="checked">${checkedText(i18n, activity, view.today)}</p>
      <div class="actions">
        <button type="button" class="secondary" data-details=${activity.id} aria-label=${i18n.t('results.detailsOf', { name })} @click=${() => view.open(activity.id)}>
          ${i18n.t('results.details')}
        </button>
        ${view.linkWorker
          ? html`<button type="button" aria-pressed=${picked ? 'true' : 'false'} aria-label=${i18n.t(picked ? 'linkWorker.removeName' : 'linkWorker.addName', { name })}
              @click=${() => view.toggleShortlist(activity.id)}>${i18n.t(picked ? 'linkWorker.remove' : 'linkWorker.add')}</button>`
          : nothing}
      </div>
    </article>
  </li>`;
}

function noResults(view: ResultsView) {
  const { i18n } = view;
  return html`<div class="none" part="no-results">
    <p>${i18n.t('results.noneHelp')}</p>
    ${view.relaxable.map(
      ([filter, count]) => html`<button type="button" class="secondary" @click=${() => view.relax(filter)}>
        ${i18n.t('results.relax', { filter: i18n.t(filter === 'age' ? 'filters.age.label' : `filters.${filter}`), count })}
      </button>`,
    )}
  </div>`;
}

/** The result list: a page of cards (DOM size bounded whatever the catalogue's size) and "show more". */
export function resultsView(view: ResultsView) {
  const { i18n, results } = view;
  if (results.length === 0) return noResults(view);
  const visible = results.slice(0, view.shown);
  const left = results.length - visible.length;
  return html`<ul class="results" aria-label=${i18n.t('results.label')}>
      ${visible.map((index) => card(view, view.activities[index]!))}
    </ul>
    ${left > 0 ? html`<button type="button" class="secondary more" @click=${view.showMore}>${i18n.t('results.showMore', { count: left })}</button>` : nothing}`;
}
