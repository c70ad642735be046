import { AGREEMENT_ANSWERS, CONTINUING, DECLINED, ENDING_REASONS, RECOMMEND_ANSWERS, WHY_ENDED } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, textArea, textInput } from '../../shared/controls.js';
import { heading } from '../../shared/heading.js';
import { answerTiles, checkboxGroup } from './choice-groups.js';
import { needsWhy } from './event-form-model.js';
import type { EventFormView } from './event-form-view.js';

export interface ClosureExtras {
  /** Level of the form's own sub-headings. */
  level: number;
  /** Names of the case's activities (tried or joined), offered as "joined". */
  offeredNames: string[];
  /** Clears a half-answered end SWEMWBS. */
  clearSwemwbs: () => void;
}

/** `whyEnded` codes a worker may choose: `not-recorded` marks old data only. */
const OFFERED_WHY = WHY_ENDED.filter((code) => code !== 'not-recorded');

function offeredActivities(view: EventFormView) {
  const { values, closure } = view;
  if (closure.offeredNames.length === 0) return nothing;
  const toggle = (index: number, on: boolean) =>
    view.set('activitiesJoined', on ? [...values.activitiesJoined, index].sort((a, b) => a - b) : values.activitiesJoined.filter((i) => i !== index));
  return html`<div class="field" part="field">
    <fieldset id="activitiesJoined">
      <legend>${`${view.label('activitiesJoined')} ${view.i18n.t('common:optional')}`}</legend>
      ${closure.offeredNames.map(
        (name, index) => html`<label class="choice"><input type="checkbox" name="activitiesJoined" .checked=${values.activitiesJoined.includes(index)}
          ?disabled=${view.disabled} @change=${(e: Event) => toggle(index, (e.target as HTMLInputElement).checked)} />${name}</label>`,
      )}
    </fieldset>
  </div>`;
}

function endSwemwbs(view: EventFormView) {
  const error = view.errors.swemwbs;
  return html`<div class="end-swemwbs" id="swemwbs" tabindex="-1" aria-describedby=${error ? 'swemwbs-hint swemwbs-error' : 'swemwbs-hint'}>
    <p class="hint" id="swemwbs-hint">${view.i18n.t('fields.swemwbs.hint')}</p>
    ${error
      ? html`<div class="field--error"><p class="error-message" id="swemwbs-error" part="error-message"><span class="visually-hidden">${view.i18n.t('common:errorPrefix')}</span> ${error}</p>
          <button type="button" class="secondary" ?disabled=${view.disabled} @click=${view.closure.clearSwemwbs}>${view.i18n.t('actions.clearSwemwbs')}</button></div>`
      : nothing}
    <linkki-swemwbs timepoint="end" heading-level=${view.closure.level + 1} ?disabled=${view.disabled}></linkki-swemwbs>
  </div>`;
}

/** The consent as one checkbox, its hint saying what happens without it. */
function consent(view: EventFormView) {
  const id = 'feedbackConsent';
  const error = view.errors[id];
  return html`<div class=${error ? 'field field--error' : 'field'} part="field">
    ${error
      ? html`<span class="error-message" id="${id}-error" part="error-message"><span class="visually-hidden">${view.i18n.t('common:errorPrefix')}</span> ${error}</span>`
      : nothing}
    <label class="choice"><input type="checkbox" id=${id} name=${id} .checked=${view.values.feedbackConsent} ?disabled=${view.disabled}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid=${error ? 'true' : 'false'}
      @change=${(e: Event) => view.set('feedbackConsent', (e.target as HTMLInputElement).checked)} />${view.label(id)}</label>
    <span class="hint" id="${id}-hint" part="hint">${view.hint(id)}</span>
  </div>`;
}

/**
 * The close form as the seeds record a closure: how and why it ended, meetings, hours and kilometres,
 * what came into everyday life, then — set apart — the person's own answers in first person and the
 * end SWEMWBS, and feedback to the referrer with her explicit consent.
 */
export function closureFields(view: EventFormView, date: TemplateResult) {
  const { i18n, values, closure } = view;
  const sub = (key: string, id: string) => heading(closure.level, i18n.t(key), { id });
  const recommendScale = RECOMMEND_ANSWERS.filter((a) => a !== DECLINED).map((a): [string, string] => [a, i18n.code('recommendAnswer', a)]);
  const agreementScale = AGREEMENT_ANSWERS.filter((a) => a !== DECLINED).map((a): [string, string] => [a, i18n.code('agreementAnswer', a)]);
  return html`<p>${i18n.t('forms.closeIntro')}</p>
    ${date} ${radioGroup(view, 'endingReason', ENDING_REASONS.map((r): [string, string] => [r, i18n.code('caseStatus', r)]))}
    ${needsWhy(values.endingReason)
      ? html`<div class="conditional">
          ${radioGroup(view, 'whyEnded', OFFERED_WHY.map((c): [string, string] => [c, i18n.code('whyEnded', c)]))} ${textArea(view, 'whyEndedText', true)}
        </div>`
      : nothing}
    ${textInput(view, 'meetings', { inputmode: 'numeric' })}
    ${textInput(view, 'hoursLinkWorker', { inputmode: 'decimal', optional: true })} ${textInput(view, 'hoursCoordinator', { inputmode: 'decimal', optional: true })}
    ${textInput(view, 'kilometres', { inputmode: 'numeric', optional: true })}
    <section class="form-part" aria-labelledby="part-everyday">
      ${sub('forms.everydayTitle', 'part-everyday')} ${offeredActivities(view)}
      ${checkboxGroup(view, 'continuing', CONTINUING.map((c): [string, string] => [c, i18n.code('continuing', c)]))} ${textArea(view, 'whatCameIn', true)}
    </section>
    <section class="form-part ask-person" part="ask-person" aria-labelledby="part-person" aria-describedby="part-person-intro">
      ${sub('forms.askPersonTitle', 'part-person')}
      <p id="part-person-intro">${i18n.t('forms.askPersonIntro')}</p>
      ${answerTiles(view, 'recommend', recommendScale, [DECLINED, i18n.code('recommendAnswer', DECLINED)])}
      ${answerTiles(view, 'wellbeingStrengthened', agreementScale, [DECLINED, i18n.code('agreementAnswer', DECLINED)])} ${endSwemwbs(view)}
    </section>
    <section class="form-part" aria-labelledby="part-feedback">
      ${sub('forms.feedbackTitle', 'part-feedback')} ${textArea(view, 'feedbackToReferrer', true)} ${consent(view)}
    </section>`;
}
