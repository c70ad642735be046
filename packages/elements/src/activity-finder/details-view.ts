import type { Activity } from '@linkki/schema';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../i18n/index.js';
import { checkedText, inLanguage, nextText, otherLanguage, placeOf, safeUrl, scheduleText } from './activity-text.js';
import { accessibilityList, badges } from './results-view.js';

export interface DetailsView {
  i18n: LocalizeController;
  activity: Activity;
  today: string;
  linkWorker: boolean;
  heading: (text: unknown) => unknown;
  subheading: (text: string) => unknown;
  back: () => void;
  select: () => void;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function audience(i18n: LocalizeController, activity: Activity) {
  const { minAge: min, maxAge: max } = activity.audience ?? {};
  if (min !== undefined && max !== undefined) return i18n.t('details.ages', { min, max });
  if (min !== undefined) return i18n.t('details.agesFrom', { min });
  if (max !== undefined) return i18n.t('details.agesTo', { max });
  return undefined;
}

/** Everything about one activity; catalogue text is always rendered as text, links only to http(s). */
export function detailsView(view: DetailsView) {
  const { i18n, activity } = view;
  const lang = i18n.lang;
  const row = (term: string, value: unknown) => (value ? html`<div><dt>${i18n.t(term)}</dt><dd>${value}</dd></div>` : nothing);
  const address = activity.location?.address;
  const website = safeUrl(activity.contact?.url) ?? safeUrl(activity.organisation.url);
  const coordinates = activity.location?.coordinates;
  const next = nextText(i18n, activity, view.today);
  const contact = activity.contact;
  return html`<article class="details" part="details" aria-labelledby="details-title">
    <button type="button" class="secondary back" @click=${view.back}>${i18n.t('details.back')}</button>
    ${view.heading(html`<span lang=${ifDefined(otherLanguage(activity.name, lang))}>${inLanguage(activity.name, lang)}</span>`)}
    ${activity.description ? html`<p class="description" lang=${ifDefined(otherLanguage(activity.description, lang))}>${inLanguage(activity.description, lang)}</p>` : nothing}
    <dl>
      ${row('details.organisation', activity.organisation.name)}
      ${row('details.when', html`${scheduleText(i18n, activity)}${next ? html`<br />${next}` : nothing}`)}
      ${row('details.where', [placeOf(activity, lang), address?.street, [address?.postalCode, address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))}
      ${row('details.transport', inLanguage(activity.transport, lang))}
      ${row('details.cost', activity.cost.free ? i18n.t('activity.free') : inLanguage(activity.cost.text, lang))}
      ${row('details.attending', i18n.list(activity.attending.map((a) => i18n.code('attendingType', a))))}
      ${row('details.accessibility', activity.accessibility ? html`${accessibilityList(i18n, activity)} ${inLanguage(activity.accessibility.text, lang)}` : '')}
      ${row('activity.languagesLabel', badges(i18n, activity))}
      ${row('details.audience', audience(i18n, activity))}
    </dl>
    ${contact || website
      ? html`${view.subheading(i18n.t('details.contact'))}
          <ul class="contact">
            ${contact?.phone ? html`<li><a href=${telHref(contact.phone)}>${i18n.t('details.phone', { phone: contact.phone })}</a></li>` : nothing}
            ${contact?.email ? html`<li><a href=${`mailto:${contact.email}`}>${i18n.t('details.email', { email: contact.email })}</a></li>` : nothing}
            ${website ? html`<li><a href=${website} rel="noopener noreferrer" target="_blank">${i18n.t('details.website')}</a></li>` : nothing}
          </ul>`
      : nothing}
    ${coordinates
      ? html`<p><a href=${`https://www.openstreetmap.org/?mlat=${coordinates.lat}&mlon=${coordinates.lon}#map=15/${coordinates.lat}/${coordinates.lon}`}
          rel="noopener noreferrer" target="_blank">${i18n.t('details.map')}</a></p>`
      : nothing}
    <p class="checked">${checkedText(i18n, activity, view.today)}</p>
    ${view.linkWorker ? html`<button type="button" @click=${view.select}>${i18n.t('details.select')}</button>` : nothing}
  </article>`;
}
