import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { LocalizeController } from '../i18n/index.js';

export interface FieldOptions {
  /** Id of the control (or of the fieldset, for a group). */
  id: string;
  label: string;
  hint?: string | undefined;
  /** Localised message; shown only after the person has interacted or submitted. */
  error?: string | undefined;
  /** Marks the label "(optional)"; required fields carry no marker, as GOV.UK advises. */
  optional?: boolean | undefined;
}

export interface ControlState {
  /** Ids for the control's `aria-describedby`: hint, then error. */
  describedBy: string | undefined;
  invalid: boolean;
}

function describedBy(options: FieldOptions): string | undefined {
  const ids = [options.hint && `${options.id}-hint`, options.error && `${options.id}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** One text node: Chromium leaves a space between a text node and a following element out of the accessible name ("Kesto minuutteina(vapaaehtoinen)"). */
function labelText(i18n: LocalizeController, options: FieldOptions) {
  return options.optional ? `${options.label} ${i18n.t('common:optional')}` : options.label;
}

function messages(i18n: LocalizeController, options: FieldOptions) {
  return html`${options.hint ? html`<span class="hint" id="${options.id}-hint" part="hint">${options.hint}</span>` : nothing}
  ${options.error
    ? html`<span class="error-message" id="${options.id}-error" part="error-message"
        ><span class="visually-hidden">${i18n.t('common:errorPrefix')}</span> ${options.error}</span
      >`
    : nothing}`;
}

/**
 * One labelled control, GOV.UK style: label, hint, inline error between label and control, and the
 * control wired with `aria-describedby`/`aria-invalid`. A template, not an element, because ARIA
 * references cannot cross shadow roots.
 */
export function field(i18n: LocalizeController, options: FieldOptions, control: (state: ControlState) => TemplateResult) {
  return html`<div class=${classMap({ field: true, 'field--error': Boolean(options.error) })} part="field">
    <label class="label" for=${options.id}>${labelText(i18n, options)}</label>
    ${messages(i18n, options)} ${control({ describedBy: describedBy(options), invalid: Boolean(options.error) })}
  </div>`;
}

/** A group of radios or checkboxes: `fieldset` + `legend`, hint and error described on the fieldset. */
export function fieldGroup(i18n: LocalizeController, options: FieldOptions, content: TemplateResult) {
  return html`<div class=${classMap({ field: true, 'field--error': Boolean(options.error) })} part="field">
    <fieldset id=${options.id} aria-describedby=${describedBy(options) ?? nothing}>
      <legend>${labelText(i18n, options)}</legend>
      ${messages(i18n, options)} ${content}
    </fieldset>
  </div>`;
}
