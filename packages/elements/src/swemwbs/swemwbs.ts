import { scoreSwemwbs } from '@linkki/schema';
import type { Language } from '../i18n/index.js';
import { QuestionnaireElement, type Score } from '../questionnaire/questionnaire-element.js';
import { SWEMWBS_FI, SWEMWBS_WORDINGS } from './instrument.js';
import './strings.js';

/**
 * The Short Warwick-Edinburgh Mental Well-being Scale: seven statements about the last two weeks,
 * filled at the start, at the end and three months after. Ships the Finnish and English wordings;
 * other UI languages show the Finnish statements, labelled, with instructions in the UI language.
 * The copyright notice is always shown.
 *
 * @summary SWEMWBS questionnaire, form-associated.
 *
 * @fires {CustomEvent<AnswersChangedDetail>} linkki-changed - An answer changed. `detail`: `{ answers, complete }`.
 * @fires {CustomEvent<QuestionnaireResponse>} linkki-completed - All statements answered and confirmed. `detail`: the validated `QuestionnaireResponse`.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - The `src` file was not a valid instrument. `detail`: `{ kind: 'instrument', issues }`.
 * @fires {Event} change - Native-like change event on every answer, for form libraries.
 *
 * @csspart base - The whole questionnaire.
 * @csspart title - The instrument title.
 * @csspart instructions - The instrument's own instructions.
 * @csspart items-language - The note saying which language the statements are in.
 * @csspart statements - The list of statements (list layout).
 * @csspart statement - One statement's fieldset.
 * @csspart scale - The answer options of one statement.
 * @csspart option - One answer option.
 * @csspart progress - Progress text.
 * @csspart next - The Next button (stepper).
 * @csspart back - The Back button (stepper).
 * @csspart confirm - The Confirm button.
 * @csspart review - The review list of answers.
 * @csspart confirmed - The confirmation message.
 * @csspart result - The score and its explanation.
 * @csspart notice - The copyright notice.
 * @csspart unavailable - The message shown when no valid wording is available.
 * @csspart error-summary - The error summary.
 *
 * @cssprop --linkki-questionnaire-option-background - Background of an answer option.
 * @cssprop --linkki-questionnaire-option-selected-background - Background of the chosen option.
 */
export class LinkkiSwemwbs extends QuestionnaireElement {
  protected static override stringsNamespace = 'swemwbs';
  protected readonly metricRange = { min: 7, max: 35 };
  protected readonly shape = { scoring: 'swemwbs' as const, itemCount: 7, scale: { min: 1, max: 5 } };

  protected builtIn(lang: Language) {
    return SWEMWBS_WORDINGS[lang] ?? SWEMWBS_FI;
  }

  protected scoreOf(values: (number | undefined)[]): Score | null {
    return scoreSwemwbs(values);
  }

  protected resultExplanation() {
    return this.i18n.t('explanation');
  }
}
