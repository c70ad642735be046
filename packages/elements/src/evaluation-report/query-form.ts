import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { radioGroup, selectControl, type ControlView } from '../shared/controls.js';
import { errorSummary, type SummaryError } from '../shared/error-summary.js';
import { fieldGroup } from '../shared/field.js';
import type { DraftErrors, ReportDraft } from './draft.js';
import type { ReportQuery } from './report-source.js';

/** The first year offered: the Lapland pilots began in 2020. */
const FIRST_YEAR = 2020;

/** The query the draft asks for, or the problems that keep it from being sent. */
export function queryOf(draft: ReportDraft, i18n: LocalizeController): { query: ReportQuery } | { errors: DraftErrors } {
  const from = `${draft.fromYear}-${draft.fromMonth}`;
  const to = `${draft.toYear}-${draft.toMonth}`;
  if (to < from) return { errors: { toMonth: i18n.t('errors.dateOrder') } };
  return { query: { from, to, basis: draft.basis, municipalities: draft.municipalities } };
}

/** The control each of the intake's 400 issue paths is about. */
export function errorsOfIssues(paths: string[], i18n: LocalizeController): DraftErrors {
  const errors: DraftErrors = {};
  for (const path of paths) {
    if (path === 'from') errors.fromMonth = i18n.t('errors.from');
    else if (path === 'to') errors.toMonth = i18n.t('errors.to');
    else if (path === 'basis') errors.basis = i18n.t('errors.basis');
    else if (path === 'municipality' || path === 'municipalities') errors.municipalities = i18n.t('errors.municipality');
  }
  return errors;
}

export interface QueryForm {
  i18n: LocalizeController;
  draft: ReportDraft;
  errors: DraftErrors;
  /** A problem that is about no single control (a 400 without issues). */
  formError: string | undefined;
  /** `[code, name]` of the municipalities to offer. */
  municipalities: [string, string][];
  heading: (text: string, id: string) => TemplateResult;
  root: () => ShadowRoot | null;
  set: (draft: ReportDraft) => void;
  submit: () => void;
}

function choices(form: QueryForm) {
  const { i18n, draft } = form;
  const monthName = (month: number) => i18n.date(new Date(2000, month - 1, 1), { month: 'long' });
  const months: [string, string][] = Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), monthName(i + 1)]);
  const last = new Date().getFullYear();
  const years = new Set<number>([draft.fromYear, draft.toYear].map(Number).filter((y) => y >= 2000 && y <= 9999));
  for (let year = FIRST_YEAR; year <= last; year++) years.add(year);
  return { months, years: [...years].sort().map((year): [string, string] => [String(year), String(year)]) };
}

function municipalityBoxes(form: QueryForm): TemplateResult {
  const { draft } = form;
  const toggle = (code: string, checked: boolean) => {
    const chosen = new Set(draft.municipalities);
    if (checked) chosen.add(code);
    else chosen.delete(code);
    // In the order offered, so the query (and the report's municipality table) follows the list.
    form.set({ ...draft, municipalities: form.municipalities.map(([c]) => c).filter((c) => chosen.has(c)) });
  };
  return html`<div class="municipality-grid">
    ${form.municipalities.map(
      ([code, name]) => html`<label class="choice"
        ><input type="checkbox" name="municipality" value=${code} .checked=${draft.municipalities.includes(code)}
          @change=${(event: Event) => toggle(code, (event.target as HTMLInputElement).checked)} />${name}</label
      >`,
    )}
  </div>`;
}

/**
 * The pickers as a real form: the period as month and year selects, which referrals count (received
 * in or active during the period), the municipalities as checkboxes, and the submit button. Errors
 * follow GOV.UK: a summary with links on top, the message inline, nothing typed is lost.
 */
export function queryForm(form: QueryForm): TemplateResult {
  const { i18n, draft, errors } = form;
  const t = (key: string) => i18n.t(`query.${key}`);
  const view: ControlView<ReportDraft> = {
    i18n,
    values: draft,
    errors,
    label: (id) => t(id),
    hint: () => undefined,
    set: (key, value) => form.set({ ...draft, [key]: value }),
  };
  const { months, years } = choices(form);
  const summary: SummaryError[] = [
    ...(form.formError ? [{ message: form.formError }] : []),
    ...(['fromMonth', 'toMonth', 'basis', 'municipalities'] as const).flatMap((id) => (errors[id] ? [{ target: id, message: errors[id] }] : [])),
  ];
  return html`<form class="query" part="query" aria-labelledby="query-title" novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      form.submit();
    }}>
    ${form.heading(t('title'), 'query-title')} ${errorSummary(i18n, summary, form.root)}
    ${fieldGroup(
      i18n,
      { id: 'period', label: t('period'), hint: t('periodHint') },
      html`<div class="period-grid">
        ${selectControl(view, 'fromMonth', months)} ${selectControl(view, 'fromYear', years)}
        ${selectControl(view, 'toMonth', months)} ${selectControl(view, 'toYear', years)}
      </div>`,
    )}
    ${radioGroup(view, 'basis', [
      ['received', t('basisReceived')],
      ['active', t('basisActive')],
    ])}
    ${fieldGroup(i18n, { id: 'municipalities', label: t('municipalities'), hint: t('municipalitiesHint'), error: errors.municipalities }, municipalityBoxes(form))}
    <button type="submit">${t('submit')}</button>
  </form>`;
}
