import { GENDERS, LANGUAGES, LAPLAND_MUNICIPALITIES, REFERRAL_REASONS, REFERRER_TYPES, compareText } from '@linkki/schema';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { selectControl, textArea as sharedTextArea, textInput as sharedTextInput, type ControlView, type StringKey, type TextInputOptions } from '../shared/controls.js';
import { fieldGroup } from '../shared/field.js';
import { heading } from '../shared/heading.js';
import { showsFeedbackChoice, type FieldId, type FormValues, type HostReferrer, type Mode } from './form-model.js';

export interface FormView {
  i18n: LocalizeController;
  mode: Mode;
  /** Level of the section headings. */
  level: number;
  values: FormValues;
  errors: Partial<Record<FieldId, string>>;
  disabled: boolean;
  hostReferrer: HostReferrer | undefined;
  municipalities: string[] | undefined;
  /** A checked http(s) URL of the privacy notice, linked before the consent. */
  privacyNotice: string | undefined;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  blur: () => void;
}

const ctx = (view: FormView) => ({ context: view.mode === 'self' ? 'self' : undefined });
const label = (view: FormView, id: string) => view.i18n.t(`fields.${id}.label`, ctx(view));
const hint = (view: FormView, id: string) => {
  const key = `fields.${id}.hint`;
  const text = view.i18n.t(key, { ...ctx(view), defaultValue: '' });
  return text || undefined;
};

/** The form as the shared control templates see it: labels and hints in the mode's wording. */
const controls = (view: FormView): ControlView<FormValues> => ({ ...view, label: (id) => label(view, id), hint: (id) => hint(view, id) });

const textInput = (view: FormView, id: StringKey<FormValues>, options?: TextInputOptions) => sharedTextInput(controls(view), id, options);
const textArea = (view: FormView, id: 'hopes' | 'otherReason', optional: boolean) => sharedTextArea(controls(view), id, optional);
const select = (view: FormView, id: 'referrerType' | 'municipality' | 'language' | 'gender', options: [string, string][], placeholder?: string, optional = false) =>
  selectControl(controls(view), id, options, placeholder, optional);

function checkbox(view: FormView, id: 'consent' | 'wantsFeedback', describedBy?: string) {
  return html`<label class="choice"><input type="checkbox" id=${`${id}-input`} name=${id} .checked=${view.values[id]}
    aria-describedby=${describedBy ?? nothing} aria-invalid=${describedBy ? 'true' : nothing}
    ?disabled=${view.disabled} @change=${(e: Event) => view.set(id, (e.target as HTMLInputElement).checked)} />${label(view, id)}</label>`;
}

function consent(view: FormView) {
  const options = { id: 'consent', label: view.i18n.t('sections.consent'), hint: hint(view, 'consent'), error: view.errors.consent };
  const link = view.privacyNotice
    ? html`<p class="privacy-notice"><a href=${view.privacyNotice} target="_blank" rel="noopener noreferrer" part="privacy-notice">${view.i18n.t('privacyNotice.link')}</a></p>`
    : nothing;
  return fieldGroup(view.i18n, options, html`${link}${checkbox(view, 'consent')}`);
}

/** One checkbox, so no fieldset: the wrapper is the error summary's target. */
function feedbackChoice(view: FormView) {
  const error = view.errors.wantsFeedback;
  return html`<div class=${error ? 'field field--error' : 'field'} id="wantsFeedback" part="field">
    ${error ? html`<p class="error-message" id="wantsFeedback-error" part="error-message"><span class="visually-hidden">${view.i18n.t('common:errorPrefix')}</span> ${error}</p>` : nothing}
    ${checkbox(view, 'wantsFeedback', error ? 'wantsFeedback-error' : undefined)}
  </div>`;
}

function municipalityOptions(view: FormView): [string, string][] {
  const lang = view.i18n.lang;
  const allowed = view.municipalities?.length ? new Set(view.municipalities) : undefined;
  return LAPLAND_MUNICIPALITIES.filter((m) => !allowed || allowed.has(m.code))
    .map((m): [string, string] => [m.code, (m.name as Record<string, string>)[lang] ?? m.name.fi])
    .sort((a, b) => compareText(lang)(a[1], b[1]));
}

function reasons(view: FormView) {
  const { i18n, values } = view;
  const toggle = (code: string, on: boolean) => view.set('reasons', on ? [...values.reasons, code] : values.reasons.filter((r) => r !== code));
  return html`${fieldGroup(
    i18n,
    { id: 'reasons', label: label(view, 'reasons'), error: view.errors.reasons },
    html`${REFERRAL_REASONS.map(
      (code) => html`<label class="choice"><input type="checkbox" name="reasons" value=${code} id=${`reason-${code}`}
        .checked=${values.reasons.includes(code)} ?disabled=${view.disabled}
        @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} />${i18n.code('referralReason', code)}</label>`,
    )}`,
  )}
  ${values.reasons.includes('other') ? html`<div class="conditional">${textArea(view, 'otherReason', false)}</div>` : nothing}`;
}

function contact(view: FormView) {
  return fieldGroup(
    view.i18n,
    { id: 'contact', label: label(view, 'contact'), hint: hint(view, 'contact'), error: view.errors.contact },
    html`${textInput(view, 'phone', { type: 'tel', autocomplete: view.mode === 'self' ? 'tel' : 'off' })}
    ${textInput(view, 'email', { type: 'email', autocomplete: view.mode === 'self' ? 'email' : 'off' })}`,
  );
}

function referrerSection(view: FormView): TemplateResult {
  const { i18n, hostReferrer } = view;
  const types = REFERRER_TYPES.map((code): [string, string] => [code, i18n.code('referrerType', code)]);
  return html`<section class="section" aria-labelledby="section-referrer">
    ${heading(view.level, i18n.t('sections.referrer'), { id: 'section-referrer' })}
    ${hostReferrer
      ? html`<p>${i18n.t('referrerIdentified', { name: hostReferrer.name ?? '', organisation: hostReferrer.organisation ?? i18n.code('referrerType', hostReferrer.type) })}</p>`
      : html`${select(view, 'referrerType', types, '')}
        ${textInput(view, 'referrerName', { optional: true })} ${textInput(view, 'referrerOrganisation', { optional: true })}
        ${textInput(view, 'referrerPhone', { type: 'tel', optional: true })} ${textInput(view, 'referrerEmail', { type: 'email', optional: true })}`}
    ${showsFeedbackChoice(view.values, hostReferrer) ? feedbackChoice(view) : nothing}
  </section>`;
}

export function formBody(view: FormView, swemwbs: TemplateResult | typeof nothing) {
  const { i18n, mode } = view;
  const genders = GENDERS.map((code): [string, string] => [code, i18n.code('gender', code)]);
  const languages = LANGUAGES.map((code): [string, string] => [code, i18n.code('language', code)]);
  return html`${mode === 'professional' ? referrerSection(view) : nothing}
    <section class="section" aria-labelledby="section-person">
      ${heading(view.level, i18n.t('sections.person', ctx(view)), { id: 'section-person' })}
      ${textInput(view, 'name', { autocomplete: mode === 'self' ? 'name' : 'off' })} ${contact(view)}
      ${textInput(view, 'birthYearOrAge', { inputmode: 'numeric' })}
      ${select(view, 'gender', genders, '', true)} ${select(view, 'municipality', municipalityOptions(view), i18n.t('fields.municipality.choose'))}
      ${select(view, 'language', languages)}
    </section>
    <section class="section" aria-labelledby="section-reasons">
      ${heading(view.level, i18n.t('sections.reasons', ctx(view)), { id: 'section-reasons' })} ${reasons(view)} ${textArea(view, 'hopes', true)}
    </section>
    ${swemwbs}
    <section class="section">${consent(view)}</section>`;
}

/** Only a web address can be linked: never `javascript:` or other schemes. */
export function privacyNoticeUrl(value: string | undefined, base: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Self-referral collects personal data from the public: without a privacy notice it is not offered. */
export function privacyNoticeMissing(i18n: LocalizeController, level: number) {
  return html`<section class="unavailable" part="unavailable" aria-labelledby="unavailable-title">
    ${heading(level, i18n.t('privacyNotice.missing.title'), { id: 'unavailable-title' })}
    <p>${i18n.t('privacyNotice.missing.body')}</p>
    <p class="help">${i18n.t('privacyNotice.missing.help')}</p>
  </section>`;
}
