import { ENDING_REASONS, LIKERT_VALUES, MEETING_PLACES } from '@linkki/schema';
import { html, nothing } from 'lit';
import { radioGroup, textArea, textInput, type ControlView } from '../../shared/controls.js';
import { errorSummary, type SummaryError } from '../../shared/error-summary.js';
import { fieldGroup } from '../../shared/field.js';
import type { EventFormKind, EventFormValues } from './event-form-model.js';

export interface EventFormView extends ControlView<EventFormValues> {
  kind: EventFormKind;
  summary: SummaryError[];
  root: () => ShadowRoot | null;
  /** Names offered as suggestions for "activity tried" (from the catalogue and the case). */
  suggestions: string[];
  /** Names of the activities the person joined, offered on the close form. */
  joinedNames: string[];
  heading: (text: string) => unknown;
  submit: () => void;
  cancel: () => void;
}

const likertChoices = (view: EventFormView): [string, string][] =>
  LIKERT_VALUES.map((v) => [String(v), `${v} – ${view.i18n.t(`likert.${v}`)}`]);

function joinedActivities(view: EventFormView) {
  if (view.joinedNames.length === 0) return nothing;
  const { values } = view;
  const toggle = (index: number, on: boolean) =>
    view.set('activitiesJoined', on ? [...values.activitiesJoined, index].sort((a, b) => a - b) : values.activitiesJoined.filter((i) => i !== index));
  return fieldGroup(
    view.i18n,
    { id: 'activitiesJoined', label: view.label('activitiesJoined'), optional: true },
    html`${view.joinedNames.map(
      (name, index) => html`<label class="choice"><input type="checkbox" name="activitiesJoined" .checked=${values.activitiesJoined.includes(index)}
        @change=${(e: Event) => toggle(index, (e.target as HTMLInputElement).checked)} />${name}</label>`,
    )}`,
  );
}

function fields(view: EventFormView) {
  const { i18n } = view;
  const date = textInput(view, 'date', { type: 'date' });
  switch (view.kind) {
    case 'meeting':
      return html`${date} ${radioGroup(view, 'place', MEETING_PLACES.map((p): [string, string] => [p, i18n.code('meetingPlace', p)]))}
        ${textInput(view, 'duration', { inputmode: 'numeric', optional: true })} ${textArea(view, 'note', true)}`;
    case 'note':
      return html`${date} ${textArea(view, 'text', false)}`;
    case 'activity':
      return html`${date} ${textInput(view, 'activityName', { list: 'activity-suggestions' })}
        <datalist id="activity-suggestions">${view.suggestions.map((name) => html`<option value=${name}></option>`)}</datalist>
        <div class="field">
          <label class="choice"><input type="checkbox" name="joined" .checked=${view.values.joined}
            @change=${(e: Event) => view.set('joined', (e.target as HTMLInputElement).checked)} />${view.label('joined')}</label>
        </div>
        ${textArea(view, 'note', true)}`;
    case 'close':
      return html`<p>${i18n.t('forms.closeIntro')}</p>
        ${date} ${radioGroup(view, 'endingReason', ENDING_REASONS.map((r): [string, string] => [r, i18n.code('caseStatus', r)]))}
        ${textInput(view, 'meetings', { inputmode: 'numeric' })}
        ${radioGroup(view, 'recommend', likertChoices(view), true)} ${radioGroup(view, 'wellbeingStrengthened', likertChoices(view), true)}
        ${textArea(view, 'whatCameIn', true)} ${joinedActivities(view)} ${textArea(view, 'feedbackToReferrer', true)}`;
  }
}

const TITLES: Record<EventFormKind, string> = { meeting: 'forms.meeting', note: 'forms.note', activity: 'forms.activity', close: 'forms.close' };

/** One event form: error summary, the kind's fields, save and cancel. */
export function eventForm(view: EventFormView) {
  const submit = (e: Event) => {
    e.preventDefault();
    view.submit();
  };
  return html`<form class="event-form" part="event-form" novalidate @submit=${submit}>
    ${view.heading(view.i18n.t(TITLES[view.kind]))} ${errorSummary(view.i18n, view.summary, view.root)} ${fields(view)}
    <div class="actions">
      <button type="submit">${view.i18n.t(view.kind === 'close' ? 'actions.saveClose' : 'actions.save')}</button>
      <button type="button" class="secondary" @click=${view.cancel}>${view.i18n.t('actions.cancel')}</button>
    </div>
  </form>`;
}
