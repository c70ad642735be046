import type { ActivityRef, Closure } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';

type PersonAnswer = Closure['recommend'];

/** The person's own answer in the words of its question's scale: "Luultavasti (4/5)", "Ei halunnut vastata". */
const answerText = (i18n: LocalizeController, list: 'recommendAnswer' | 'agreementAnswer', value: PersonAnswer) =>
  value === undefined
    ? i18n.t('closure.notAnswered')
    : value === 'declined'
      ? i18n.code(list, value)
      : i18n.t('closure.answer', { value, label: i18n.code(list, String(value)) });

const hoursText = (i18n: LocalizeController, hours: Closure['hours']) =>
  [
    hours?.linkWorker !== undefined ? i18n.t('closure.hoursLinkWorker', { hours: i18n.number(hours.linkWorker) }) : undefined,
    hours?.coordinator !== undefined ? i18n.t('closure.hoursCoordinator', { hours: i18n.number(hours.coordinator) }) : undefined,
  ].filter((t): t is string => t !== undefined);

/** The closure record (hyvinvointiresepti) as a description list; the person's answers as her own. */
export function closureDetails(i18n: LocalizeController, closure: Closure, activityName: (ref: ActivityRef) => string) {
  const row = (term: string, value: unknown) => html`<div><dt>${i18n.t(term)}</dt><dd>${value}</dd></div>`;
  const joined = closure.activitiesJoined ?? [];
  const hours = hoursText(i18n, closure.hours);
  const why = closure.whyEnded;
  return html`<dl class="closure" part="closure">
    ${row('closure.endingReason', i18n.code('caseStatus', closure.endingReason))}
    ${why ? row('closure.whyEnded', html`${i18n.code('whyEnded', why.code)}${why.text ? html`<span class="note">: ${why.text}</span>` : nothing}`) : nothing}
    ${row('closure.meetings', i18n.number(closure.meetings))}
    ${hours.length ? row('closure.hours', i18n.list(hours)) : nothing}
    ${closure.kilometres !== undefined ? row('closure.kilometres', i18n.number(closure.kilometres)) : nothing}
    ${closure.whatCameIn ? row('closure.whatCameIn', html`<span class="note">${closure.whatCameIn}</span>`) : nothing}
    ${joined.length ? row('closure.activitiesJoined', html`<ul>${joined.map((ref) => html`<li>${activityName(ref)}</li>`)}</ul>`) : nothing}
    ${closure.continuing?.length ? row('closure.continuing', i18n.list(closure.continuing.map((c) => i18n.code('continuing', c)))) : nothing}
    ${row(
      'closure.personAnswers',
      html`<dl class="person-answers">
        <div><dt>${i18n.t('closure.recommend')}</dt><dd>${answerText(i18n, 'recommendAnswer', closure.recommend)}</dd></div>
        <div><dt>${i18n.t('closure.wellbeingStrengthened')}</dt><dd>${answerText(i18n, 'agreementAnswer', closure.wellbeingStrengthened)}</dd></div>
      </dl>`,
    )}
    ${closure.feedbackToReferrer
      ? row(
          'closure.feedbackToReferrer',
          html`<span class="note">${closure.feedbackToReferrer}</span>
            <span class="consent">${i18n.t(closure.feedbackConsent ? 'closure.feedbackShared' : 'closure.feedbackNotShared')}</span>`,
        )
      : nothing}
  </dl>`;
}

export function closureView(i18n: LocalizeController, closure: Closure, activityName: (ref: ActivityRef) => string, title: (text: string, id: string) => unknown) {
  return html`<section class="panel closure-panel" part="closure-panel" aria-labelledby="closure-title">
    ${title(i18n.t('closure.title'), 'closure-title')} ${closureDetails(i18n, closure, activityName)}
  </section>`;
}
