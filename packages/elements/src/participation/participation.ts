import { scoreEsis } from '@linkki/schema';
import { QuestionnaireElement, type Score } from '../questionnaire/questionnaire-element.js';
import './strings.js';

/**
 * THL's participation indicator (osallisuusindikaattori, ESIS): ten statements on a five-step
 * agreement scale, scored 0–100. THL allows only the official, unmodified wording, which an
 * organisation receives from THL with its permission, so Linkki ships no statements: supply them
 * with `src` (a JSON file, see `instrument-definition.schema.json`) or the `instrument` property.
 * Until then the element shows a clear message instead of a form.
 *
 * @summary THL participation indicator (ESIS) on organisation-supplied wording, form-associated.
 *
 * @fires {CustomEvent<AnswersChangedDetail>} linkki-changed - An answer changed. `detail`: `{ answers, complete }`.
 * @fires {CustomEvent<QuestionnaireResponse>} linkki-completed - All statements answered and confirmed. `detail`: the validated `QuestionnaireResponse`.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - The `src` file was not a valid instrument. `detail`: `{ kind: 'instrument', issues }`.
 * @fires {Event} change - Native-like change event on every answer, for form libraries.
 *
 * @csspart base - The whole questionnaire.
 * @csspart title - The instrument title.
 * @csspart statement - One statement's fieldset.
 * @csspart option - One answer option.
 * @csspart confirm - The Confirm button.
 * @csspart result - The score and its explanation.
 * @csspart notice - The notice supplied with the wording.
 * @csspart unavailable - The message shown while no valid wording is available.
 *
 * @cssprop --linkki-questionnaire-option-background - Background of an answer option.
 * @cssprop --linkki-questionnaire-option-selected-background - Background of the chosen option.
 */
export class LinkkiParticipation extends QuestionnaireElement {
  protected static override stringsNamespace = 'participation';
  protected readonly metricRange = { min: 0, max: 100 };
  protected readonly shape = { scoring: 'esis' as const, itemCount: 10, scale: { min: 1, max: 5 } };

  protected builtIn() {
    return undefined;
  }

  protected scoreOf(values: (number | undefined)[]): Score | null {
    return scoreEsis(values);
  }

  protected resultExplanation() {
    return this.i18n.t('explanation');
  }
}
