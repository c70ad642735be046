import type { Activity } from '@linkki/schema';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../i18n/index.js';
import { checkedText, inLanguage, nextText, otherLanguage, placeOf, scheduleText } from './activity-text.js';
import type { FilterName } from './facets.js';
import { stringsVersion } from './strings-version.js';

export interface ResultsView {
  i18n: LocalizeController;
  /** The activity at an index of `results`, once the page has it (the catalogue stays in the worker). */
  activityAt: (index: number) => Activity | undefined;
  results: readonly number[];
  shown: number;
  /** Of the shown, the cards to draw now: new results come in two frames (the first few, then the rest). */
  drawn: number;
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

/** A card's text, worked out once per activity, language and day (schedules, dates and labels are the slow part of a keystroke). */
interface CardText {
  name: string;
  /** The name's language when it is not the reader's. */
  nameLang: string | undefined;
  schedule: string;
  next: string | undefined;
  place: string;
  cost: string;
  checked: string;
  detailsLabel: string;
  badges: unknown;
  features: unknown;
}

const cardTexts = new WeakMap<Activity, { key: string; text: CardText }>();

function cardText(i18n: LocalizeController, activity: Activity, today: string): CardText {
  const key = `${i18n.lang}|${today}|${stringsVersion()}`;
  const known = cardTexts.get(activity);
  if (known?.key === key) return known.text;
  const name = inLanguage(activity.name, i18n.lang);
  const text: CardText = {
    name,
    nameLang: otherLanguage(activity.name, i18n.lang),
    schedule: scheduleText(i18n, activity),
    next: nextText(i18n, activity, today),
    place: placeOf(activity, i18n.lang),
    cost: activity.cost.free ? i18n.t('activity.free') : inLanguage(activity.cost.text, i18n.lang),
    checked: checkedText(i18n, activity, today),
    detailsLabel: i18n.t('results.detailsOf', { name }),
    badges: badges(i18n, activity),
    features: accessibilityList(i18n, activity),
  };
  cardTexts.set(activity, { key, text });
  return text;
}

function card(view: ResultsView, activity: Activity) {
  const { i18n } = view;
  const text = cardText(i18n, activity, view.today);
  const { name, next } = text;
  const picked = view.shortlist.includes(activity.id);
  return html`<li class="result" part="result">
    <article aria-labelledby=${`name-${activity.id}`}>
      ${view.heading(html`<span id=${`name-${activity.id}`} lang=${ifDefined(text.nameLang)}>${name}</span>`)}
      <p class="organisation">${activity.organisation.name}</p>
      <p class="when">${text.schedule}${next ? html`<br /><span class="next">${next}</span>` : nothing}</p>
      <p class="where">${text.place}</p>
      <p class="cost">${text.cost}</p>
      ${text.badges} ${text.features}
      <p class="checked">${text.checked}</p>
      <div class="actions">
        <button type="button" class="secondary" data-details=${activity.id} aria-label=${text.detailsLabel} @click=${() => view.open(activity.id)}>
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
  const visible = results.slice(0, Math.min(view.shown, view.drawn));
  const left = results.length - Math.min(results.length, view.shown);
  return html`<ul class="results" aria-label=${i18n.t('results.label')}>
      ${visible.map((index) => view.activityAt(index)).filter((a): a is Activity => Boolean(a)).map((activity) => card(view, activity))}
    </ul>
    ${left > 0 ? html`<button type="button" class="secondary more" @click=${view.showMore}>${i18n.t('results.showMore', { count: left })}</button>` : nothing}`;
}
