import type { QuestionnaireResponse, ValidationIssue } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { heading } from '../shared/heading.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';

export type SwemwbsAnswers = Record<string, number>;

/**
 * The SWEMWBS embedded in a professional referral (start timepoint), inside the form's shadow root.
 * Not imported here: `linkki.min.js` loads `<linkki-swemwbs>` with the form, a page using the
 * standalone form bundle adds `linkki-swemwbs.min.js`.
 */
export class EmbeddedSwemwbs {
  /** Answers restored from a draft, applied once the questionnaire is rendered. */
  private restoring: SwemwbsAnswers | undefined;

  constructor(private readonly root: () => ShadowRoot | null) {}

  private get element(): LinkkiSwemwbs | null {
    return this.root()?.querySelector<LinkkiSwemwbs>('linkki-swemwbs') ?? null;
  }

  get answers(): SwemwbsAnswers {
    return this.restoring ?? this.element?.answers ?? {};
  }

  /** The complete response, or undefined when not every statement is answered. */
  get response(): QuestionnaireResponse | undefined {
    return this.element?.value ?? undefined;
  }

  /**
   * Some statements answered, not all: the instrument has no score then, so sending would drop
   * what was typed. The referrer answers the rest or removes the answers on purpose.
   */
  issues(): ValidationIssue[] {
    const answered = Object.keys(this.answers).length;
    return answered > 0 && !this.response ? [{ path: ['swemwbs'], code: 'answerMissing' }] : [];
  }

  restore(answers: SwemwbsAnswers | undefined) {
    this.restoring = answers && Object.keys(answers).length ? answers : undefined;
    this.apply();
  }

  /** Puts restored answers into the questionnaire once it exists (call after each render). */
  apply() {
    const element = this.element;
    if (!element || !this.restoring) return;
    element.answers = this.restoring;
    this.restoring = undefined;
  }

  clear() {
    this.restoring = undefined;
    this.element?.reset?.();
  }

  /** `level`: the level of the section heading (the questionnaire's title is one below). */
  render(ctx: { i18n: LocalizeController; level: number; title: string; error: string | undefined; disabled: boolean; onClear: () => void }) {
    const { i18n, level, error } = ctx;
    return html`<section class="section" id="swemwbs" tabindex="-1" aria-labelledby="section-swemwbs" aria-describedby=${error ? 'swemwbs-error' : nothing}>
      ${heading(level, ctx.title, { id: 'section-swemwbs' })}
      ${error
        ? html`<div class="field--error"><p class="error-message" id="swemwbs-error" part="error-message"><span class="visually-hidden">${i18n.t('common:errorPrefix')}</span> ${error}</p>
            <button type="button" class="secondary" ?disabled=${ctx.disabled} @click=${ctx.onClear}>${i18n.t('actions.clearSwemwbs')}</button></div>`
        : nothing}
      <linkki-swemwbs timepoint="start" heading-level=${level + 1} ?disabled=${ctx.disabled}></linkki-swemwbs>
    </section>`;
  }
}
