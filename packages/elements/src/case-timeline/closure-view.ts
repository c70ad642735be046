import type { ActivityRef, Closure, Likert } from '@linkki/schema';

type PersonAnswer = Likert | 'declined';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

const likertText = (i18n: LocalizeController, value: PersonAnswer | undefined) =>
  value === undefined
    ? i18n.t('closure.notAnswered')
    : value === 'declined'
      ? i18n.t('closure.declined')
      : i18n.t('closure.likertAnswer', { value, label: i18n.t(`likert.${value}`) });

/** The closure record (hyvinvointiresepti) as a description list. */
export function closureDetails(i18n: LocalizeController, closure: Closure, activityName: (ref: ActivityRef) => string) {
  const row = (term: string, value: unknown) => html`<div><dt>${i18n.t(term)}</dt><dd>${value}</dd></div>`;
  const joined = closure.activitiesJoined ?? [];
  return html`<dl class="closure" part="closure">
    ${row('closure.endingReason', i18n.code('caseStatus', closure.endingReason))}
    ${row('closure.meetings', i18n.number(closure.meetings))}
    ${row('closure.recommend', likertText(i18n, closure.recommend))}
    ${row('closure.wellbeingStrengthened', likertText(i18n, closure.wellbeingStrengthened))}
    ${closure.whatCameIn ? row('closure.whatCameIn', closure.whatCameIn) : nothing}
    ${joined.length
      ? row('closure.activitiesJoined', html`<ul>${joined.map((ref) => html`<li>${activityName(ref)}</li>`)}</ul>`)
      : nothing}
    ${closure.feedbackToReferrer ? row('closure.feedbackToReferrer', closure.feedbackToReferrer) : nothing}
  </dl>`;
}

export function closureView(i18n: LocalizeController, closure: Closure, activityName: (ref: ActivityRef) => string, title: (text: string, id: string) => unknown) {
  return html`<section class="panel closure-panel" part="closure-panel" aria-labelledby="closure-title">
    ${title(i18n.t('closure.title'), 'closure-title')} ${closureDetails(i18n, closure, activityName)}
  </section>`;
}
