import type { InstrumentDefinition, QuestionnaireResponse } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { errorSummary, focusErrorSummary } from '../shared/error-summary.js';
import { heading, type HeadingLevels } from '../shared/heading.js';
import type { InstrumentSource } from './instrument-source.js';
import type { Answers, Score } from './questionnaire-element.js';

export interface ViewContext {
  i18n: LocalizeController;
  def: InstrumentDefinition;
  /** Heading levels of the title and of the headings under it (`headingLevels`). */
  levels: HeadingLevels;
  /** The title is left out (`hide-title`): the host's heading names the questionnaire. */
  hideTitle: boolean;
  answers: Answers;
  disabled: boolean;
  showErrors: boolean;
  onAnswer: (itemId: string, value: number) => void;
  onStep: (step: number) => void;
  root: () => ShadowRoot;
}

const itemDomId = (index: number) => `statement-${index + 1}`;

export function focusSummary(root: ShadowRoot) {
  focusErrorSummary(root);
}

/** The language name of the items, when they differ from the UI language (e.g. Finnish under Sami). */
function itemsLanguageNote({ i18n, def }: ViewContext) {
  const itemsLang = def.language.split('-')[0]!;
  if (itemsLang === i18n.lang) return nothing;
  const language = i18n.code('language', itemsLang);
  return html`<p class="items-language" part="items-language">${i18n.t('itemsLanguage', { language })}</p>`;
}

/**
 * The instrument's title and instructions in the UI language, where the UI language has them
 * (`instrumentTitle`, `instrumentInstructions`) and the statements are in another language: under
 * Sami, the chrome is Sami while the statements stay in their validated Finnish wording.
 */
function chromeInUiLanguage({ i18n, def }: ViewContext): { title?: string; instructions?: string } {
  if (def.language.split('-')[0] === i18n.lang) return {};
  return { title: i18n.own('instrumentTitle'), instructions: i18n.own('instrumentInstructions') };
}

/** The title as plain text: the section's accessible name when the visible title is hidden. */
export function titleText(ctx: ViewContext): string {
  return chromeInUiLanguage(ctx).title ?? ctx.def.title;
}

export function header(ctx: ViewContext) {
  const { def, i18n } = ctx;
  const own = chromeInUiLanguage(ctx);
  const title = own.title ? html`<span lang=${i18n.lang}>${own.title}</span>` : html`<span lang=${def.language}>${def.title}</span>`;
  const instructions = own.instructions
    ? html`<p class="instructions" part="instructions" lang=${i18n.lang}>${own.instructions}</p>`
    : def.instructions
      ? html`<p class="instructions" part="instructions" lang=${def.language}>${def.instructions}</p>`
      : nothing;
  return html`${ctx.hideTitle ? nothing : heading(ctx.levels.title, title, { id: 'title', part: 'title' })}
    ${itemsLanguageNote(ctx)}
    ${instructions}
    ${def.period ? html`<p class="period" part="period" lang=${def.language}>${def.period}</p>` : nothing}`;
}

/** One statement: a fieldset whose legend is the statement, with one native radio per scale step. */
function statement(ctx: ViewContext, index: number, focusTarget = false) {
  const { i18n, def, answers } = ctx;
  const item = def.items[index]!;
  const unanswered = ctx.showErrors && answers[item.id] === undefined;
  const errorId = `${itemDomId(index)}-error`;
  return html`<fieldset id=${itemDomId(index)} class=${unanswered ? 'statement statement--error' : 'statement'} part="statement"
    aria-describedby=${unanswered ? errorId : nothing}>
    <legend tabindex=${focusTarget ? '-1' : nothing} ?data-step-focus=${focusTarget}>
      <span class="number">${i18n.t('statement', { number: index + 1 })}</span>
      <span class="text" lang=${def.language}>${item.text}</span>
    </legend>
    ${unanswered
      ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${i18n.t('common:errorPrefix')}</span> ${i18n.t('chooseOne')}</p>`
      : nothing}
    <div class="scale" part="scale">
      ${def.scale.labels.map(
        (step) => html`<label class="option" part="option">
          <input type="radio" name=${item.id} .value=${String(step.value)} .checked=${answers[item.id] === step.value}
            ?disabled=${ctx.disabled} @change=${() => ctx.onAnswer(item.id, step.value)} />
          <span lang=${def.language}>${step.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function unansweredErrors(ctx: ViewContext) {
  if (!ctx.showErrors) return [];
  return ctx.def.items.flatMap((item, index) =>
    ctx.answers[item.id] === undefined
      ? [{ target: itemDomId(index), message: ctx.i18n.t('unanswered', { number: index + 1, statement: item.text }) }]
      : [],
  );
}

function answeredCount({ def, answers }: ViewContext) {
  return def.items.filter((item) => answers[item.id] !== undefined).length;
}

export function list(ctx: ViewContext, onConfirm: () => void) {
  return html`${errorSummary(ctx.i18n, unansweredErrors(ctx), ctx.root)}
    <ol class="statements" part="statements">
      ${ctx.def.items.map((_, index) => html`<li>${statement(ctx, index)}</li>`)}
    </ol>
    <p class="progress" part="progress">${ctx.i18n.t('answered', { count: answeredCount(ctx), total: ctx.def.items.length })}</p>
    <div class="actions"><button type="button" part="confirm" ?disabled=${ctx.disabled} @click=${onConfirm}>${ctx.i18n.t('confirm')}</button></div>`;
}

export function stepper(ctx: ViewContext, step: number, onNext: () => void, onConfirm: () => void) {
  const total = ctx.def.items.length;
  if (step >= total) {
    return html`${errorSummary(ctx.i18n, unansweredErrors(ctx), ctx.root)} ${reviewList(ctx, true)}
      <div class="actions">
        <button type="button" class="secondary" part="back" @click=${() => ctx.onStep(step - 1)}>${ctx.i18n.t('back')}</button>
        <button type="button" part="confirm" ?disabled=${ctx.disabled} @click=${onConfirm}>${ctx.i18n.t('confirm')}</button>
      </div>`;
  }
  return html`<p class="progress" part="progress" aria-hidden="true">${ctx.i18n.t('progress', { current: step + 1, total })}</p>
    <progress max=${total} .value=${step + 1} aria-label=${ctx.i18n.t('progress', { current: step + 1, total })}></progress>
    ${statement(ctx, step, true)}
    <div class="actions">
      ${step > 0
        ? html`<button type="button" class="secondary" part="back" @click=${() => ctx.onStep(step - 1)}>${ctx.i18n.t('back')}</button>`
        : nothing}
      <button type="button" part="next" @click=${onNext}>${step === total - 1 ? ctx.i18n.t('toReview') : ctx.i18n.t('next')}</button>
    </div>`;
}

/** Every statement with its answer; with `editable`, a change button per statement. */
export function reviewList(ctx: ViewContext, editable: boolean) {
  const { i18n, def, answers } = ctx;
  const labelOf = (value: number | undefined) => def.scale.labels.find((l) => l.value === value)?.label;
  return html`${editable ? html`${heading(ctx.levels.section, i18n.t('review.title'), { focusTarget: true })}<p>${i18n.t('review.intro')}</p>` : nothing}
    <dl class="review" part="review">
      ${def.items.map(
        (item, index) => html`<div class="review-row">
          <dt><span class="number">${i18n.t('statement', { number: index + 1 })}</span> <span lang=${def.language}>${item.text}</span></dt>
          <dd>
            <span lang=${labelOf(answers[item.id]) ? def.language : i18n.lang}>${labelOf(answers[item.id]) ?? i18n.t('review.notAnswered')}</span>
            ${editable
              ? html`<button type="button" class="secondary" aria-label=${i18n.t('review.changeLabel', { number: index + 1 })}
                  @click=${() => ctx.onStep(index)}>${i18n.t('review.change')}</button>`
              : nothing}
          </dd>
        </div>`,
      )}
    </dl>`;
}

export function result(i18n: LocalizeController, level: number, score: Score, range: { min: number; max: number }, previous: QuestionnaireResponse | undefined, explanation: string) {
  const format = (n: number) => i18n.number(n, { maximumFractionDigits: 2 });
  const change = previous ? Math.round((score.metric - previous.score.metric) * 100) / 100 : undefined;
  const timepoint = previous ? i18n.code('timepoint', previous.timepoint) : '';
  return html`<section class="result" part="result" aria-labelledby="result-title">
    ${heading(level, i18n.t('result.title'), { id: 'result-title' })}
    <p class="score">${i18n.t('result.score', { score: format(score.metric), min: format(range.min), max: format(range.max) })}</p>
    <meter class="bar" aria-hidden="true" min=${range.min} max=${range.max} .value=${score.metric}></meter>
    ${change === undefined
      ? nothing
      : html`<p>${change === 0
          ? i18n.t('result.noChange', { timepoint })
          : i18n.t('result.change', { timepoint, previous: format(previous!.score.metric), change: i18n.number(change, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }) })}</p>`}
    <p>${explanation}</p>
    <p class="disclaimer">${i18n.t('result.disclaimer')}</p>
  </section>`;
}

export function notice(def: InstrumentDefinition) {
  return def.notice ? html`<p class="notice" part="notice" lang=${def.language}>${def.notice}</p>` : nothing;
}

export function unavailable(i18n: LocalizeController, level: number, status: InstrumentSource['status'] | 'invalid', onRetry: () => void) {
  if (status === 'loading') return html`<p role="status" part="loading">${i18n.t('loading')}</p>`;
  const key = status === 'invalid' ? 'invalid' : status === 'failed' ? 'failed' : 'missing';
  return html`<section class="unavailable" part="unavailable" aria-labelledby="unavailable-title">
    ${heading(level, i18n.t(`${key}.title`), { id: 'unavailable-title' })}
    <p>${i18n.t(`${key}.body`)}</p>
    ${key === 'missing' ? html`<p class="help">${i18n.t('missing.help')}</p>` : nothing}
    ${key === 'failed' ? html`<button type="button" @click=${onRetry}>${i18n.t('failed.retry')}</button>` : nothing}
  </section>`;
}
