import { BARRIERS, MEETING_PLACES, UNMET_NEEDS } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, textArea, textInput, type ControlView } from '../../shared/controls.js';
import { errorSummary, type SummaryError } from '../../shared/error-summary.js';
import { checkboxGroup } from './choice-groups.js';
import { closureFields, type ClosureExtras } from './closure-form-view.js';
import type { EventFormKind, EventFormValues } from './event-form-model.js';

export interface EventFormView extends ControlView<EventFormValues> {
  kind: EventFormKind;
  summary: SummaryError[];
  root: () => ShadowRoot | null;
  /** Names offered as suggestions for "activity tried" (from the catalogue and the case). */
  suggestions: string[];
  /** The close form's activities, end SWEMWBS and level. */
  closure: ClosureExtras;
  heading: (text: string) => unknown;
  /** The sending status (with an API endpoint), shown above the buttons. */
  status: TemplateResult | typeof nothing;
  /** True while a saved entry is on its way: the buttons wait. */
  busy: boolean;
  submit: () => void;
  cancel: () => void;
}

/** Where a meeting took place: `remote` stays readable on old records but is no longer offered. */
const OFFERED_PLACES = MEETING_PLACES.filter((p) => p !== 'remote');

function fields(view: EventFormView) {
  const { i18n } = view;
  const date = textInput(view, 'date', { type: 'date' });
  switch (view.kind) {
    case 'meeting':
      return html`${date} ${radioGroup(view, 'place', OFFERED_PLACES.map((p): [string, string] => [p, i18n.code('meetingPlace', p)]))}
        ${textInput(view, 'duration', { inputmode: 'numeric', optional: true })} ${textInput(view, 'kilometres', { inputmode: 'numeric', optional: true })}
        ${textArea(view, 'note', true)}`;
    case 'note':
      return html`${date} ${textArea(view, 'text', false)}`;
    case 'activity':
      return html`${date} ${textInput(view, 'activityName', { list: 'activity-suggestions' })}
        <datalist id="activity-suggestions">${view.suggestions.map((name) => html`<option value=${name}></option>`)}</datalist>
        <div class="field">
          <label class="choice"><input type="checkbox" name="joined" .checked=${view.values.joined} ?disabled=${view.disabled}
            @change=${(e: Event) => view.set('joined', (e.target as HTMLInputElement).checked)} />${view.label('joined')}</label>
        </div>
        ${textArea(view, 'note', true)}`;
    case 'goals':
      return html`<p>${i18n.t('forms.goalsIntro')}</p> ${date} ${textArea(view, 'goals', false)}`;
    case 'period':
      return html`<p>${i18n.t('forms.periodIntro')}</p> ${date} ${textInput(view, 'until', { type: 'date' })} ${textArea(view, 'periodReason', true)}`;
    case 'needs':
      return html`<p>${i18n.t('forms.needsIntro')}</p> ${date}
        ${checkboxGroup(view, 'barriers', BARRIERS.map((b): [string, string] => [b, i18n.code('barrier', b)]))}
        ${checkboxGroup(view, 'unmetNeeds', UNMET_NEEDS.map((n): [string, string] => [n, i18n.code('unmetNeed', n)]))}
        ${textArea(view, 'needsText', true)}`;
    case 'close':
      return closureFields(view, date);
  }
}

const TITLES: Record<EventFormKind, string> = {
  meeting: 'forms.meeting',
  note: 'forms.note',
  activity: 'forms.activity',
  goals: 'forms.goals',
  period: 'forms.period',
  needs: 'forms.needs',
  close: 'forms.close',
};

/** One event form: error summary, the kind's fields, the sending status, save and cancel. */
export function eventForm(view: EventFormView) {
  const submit = (e: Event) => {
    e.preventDefault();
    view.submit();
  };
  return html`<form class="event-form" part="event-form" novalidate @submit=${submit} aria-busy=${view.busy ? 'true' : 'false'}>
    ${view.heading(view.i18n.t(TITLES[view.kind]))} ${errorSummary(view.i18n, view.summary, view.root)} ${fields(view)} ${view.status}
    <div class="actions">
      <button type="submit" ?disabled=${view.busy} aria-describedby=${view.busy ? 'send-status' : nothing}>${view.i18n.t(view.kind === 'close' ? 'actions.saveClose' : 'actions.save')}</button>
      <button type="button" class="secondary" ?disabled=${view.busy} @click=${view.cancel}>${view.i18n.t('actions.cancel')}</button>
    </div>
  </form>`;
}
