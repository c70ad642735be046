import {
  validateInstrumentDefinition,
  validateQuestionnaireResponse,
  type InstrumentDefinition,
  type QuestionnaireResponse,
  type Timepoint,
} from '@linkki/schema';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, type Language } from '../i18n/index.js';
import { LinkkiFormElement } from '../shared/form-associated.js';
import { headingLevels } from '../shared/heading.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { controlStyles } from '../shared/controls.styles.js';
import { loadInstrument, type InstrumentSource } from './instrument-source.js';
import { questionnaireStyles } from './questionnaire.styles.js';
import * as view from './questionnaire-view.js';
import './strings.js';

export type Answers = Record<string, number>;
export interface Score {
  raw: number;
  metric: number;
}
export type Layout = 'list' | 'stepper';

/**
 * The questionnaire engine: renders any `InstrumentDefinition`, one `fieldset` of native radios per
 * statement, in a list or one statement per screen. `<linkki-swemwbs>` and `<linkki-participation>`
 * bind it to their instrument and scoring.
 */
export abstract class QuestionnaireElement extends LinkkiFormElement {
  static override styles = [...LinkkiElement.styles, ...controlStyles, questionnaireStyles];

  /** When in the case the questionnaire is filled. */
  @property({ reflect: true }) timepoint: Timepoint = 'start';
  /** `list`: all statements on one page; `stepper`: one statement per screen, then a review. */
  @property({ reflect: true }) layout: Layout = 'list';
  /** A definition to use instead of the built-in one, e.g. a licensed translation. */
  @property({ attribute: false }) instrument: InstrumentDefinition | undefined;
  /** URL of an instrument definition JSON file (the organisation's licensed wording). */
  @property() src: string | undefined;
  /** An earlier response to compare the score with. */
  @property({ attribute: false }) previous: QuestionnaireResponse | undefined;
  /** Shows the score with a plain-language explanation once the answers are confirmed. */
  @property({ type: Boolean, attribute: 'show-result', reflect: true }) showResult = false;
  /** Shows the answers without letting them change. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Level of the title heading (1–6, default 2); sub-headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves the instrument's title out, for a host page whose heading already names it. The
   * questionnaire keeps the title as its accessible name, and its sub-headings (review, result)
   * start at `heading-level` instead of one below it.
   */
  @property({ type: Boolean, attribute: 'hide-title', reflect: true }) hideTitle = false;

  @state() protected answersState: Answers = {};
  @state() protected step = 0;
  @state() protected confirmed = false;
  @state() protected showErrors = false;
  @state() protected loaded: InstrumentSource = { status: 'none' };
  private completedAt: string | undefined;

  /** The subclass's own strings namespace (result explanation and the like). */
  protected static stringsNamespace = '';
  protected readonly i18n = new LocalizeController(this, [
    (this.constructor as typeof QuestionnaireElement).stringsNamespace,
    'questionnaire',
  ]);
  protected readonly live = new LiveAnnouncer(this);

  /** The built-in definition to show in `lang`, or undefined when none may be shipped. */
  protected abstract builtIn(lang: Language): InstrumentDefinition | undefined;
  protected abstract scoreOf(values: (number | undefined)[]): Score | null;
  /** The range of `Score.metric`, for the result text. */
  protected abstract readonly metricRange: { min: number; max: number };
  /** What a supplied definition must look like to be scored by this element. */
  protected abstract readonly shape: { scoring: InstrumentDefinition['scoring']; itemCount: number; scale: { min: number; max: number } };

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.showErrors = true;
    });
  }

  /** Answers by item id. Setting it replaces all answers (e.g. to continue an unfinished form). */
  @property({ attribute: false })
  get answers(): Answers {
    return { ...this.answersState };
  }
  set answers(value: Answers) {
    this.answersState = { ...(value ?? {}) };
    this.confirmed = false;
  }

  /** The definition in use: a valid `instrument` property, else the loaded `src`, else the built-in. */
  get definition(): InstrumentDefinition | undefined {
    if (this.instrument) return this.usable(this.instrument) ? this.instrument : undefined;
    if (this.loaded.status === 'ready') return this.usable(this.loaded.definition) ? this.loaded.definition : undefined;
    return this.src ? undefined : this.builtIn(this.i18n.lang);
  }

  /** A definition this element can score: valid, with the element's scoring, item count and scale. */
  private usable(def: InstrumentDefinition): boolean {
    const { scoring, itemCount, scale } = this.shape;
    return (
      validateInstrumentDefinition(def).ok &&
      def.scoring === scoring &&
      def.items.length === itemCount &&
      def.scale.min === scale.min &&
      def.scale.max === scale.max
    );
  }

  /** True when every statement is answered. */
  get complete(): boolean {
    return this.score !== null;
  }

  get score(): Score | null {
    const def = this.definition;
    return def ? this.scoreOf(def.items.map((item) => this.answersState[item.id])) : null;
  }

  /** The validated response, or null while incomplete. */
  get value(): QuestionnaireResponse | null {
    const def = this.definition;
    const score = this.score;
    if (!def || !score) return null;
    const answers = Object.fromEntries(def.items.map((item) => [item.id, this.answersState[item.id]!]));
    const result = validateQuestionnaireResponse({
      instrument: { id: def.id, version: def.version },
      language: def.language,
      timepoint: this.timepoint,
      answers,
      score,
      completedAt: this.completedAt ?? new Date().toISOString(),
    });
    return result.ok ? result.value : null;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src) void this.load(this.src);
    if (changed.has('src') && !this.src) this.loaded = { status: 'none' };
  }

  protected override updated() {
    this.syncFormValue();
  }

  /** Form value and validity from the answers; called where they change, before any event says so. */
  private syncFormValue() {
    const value = this.value;
    this.setFormValue(value ? JSON.stringify(value) : null, JSON.stringify(this.answersState));
    const anchor = this.renderRoot?.querySelector<HTMLElement>('input[type="radio"]:not(:checked)') ?? undefined;
    if (this.required && !value) this.internals.setValidity({ valueMissing: true }, this.i18n.t('valueMissing'), anchor);
    else this.internals.setValidity({});
  }

  private async load(url: string) {
    this.loaded = { status: 'loading' };
    this.loaded = await loadInstrument(url);
    if (this.loaded.status === 'invalid') this.emit('linkki-error', { kind: 'instrument', issues: this.loaded.issues });
  }

  protected formReset() {
    this.reset();
  }

  /** Clears every answer and goes back to the first statement, as the form's reset does. */
  reset() {
    this.answersState = {};
    this.step = 0;
    this.confirmed = false;
    this.showErrors = false;
    this.completedAt = undefined;
    this.syncFormValue();
  }

  protected formRestore(state: string) {
    try {
      const answers = JSON.parse(state) as unknown;
      if (answers && typeof answers === 'object') this.answersState = answers as Answers;
    } catch {
      // A state this element did not write: keep the current answers.
    }
  }

  protected answer(itemId: string, value: number) {
    this.answersState = { ...this.answersState, [itemId]: value };
    this.confirmed = false;
    this.completedAt = this.complete ? new Date().toISOString() : undefined;
    // State first, then announce: a `change` listener reading `new FormData(form)` sees this answer.
    this.syncFormValue();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.emit('linkki-changed', { answers: this.answers, complete: this.complete });
  }

  protected goTo(step: number) {
    const def = this.definition!;
    this.step = Math.max(0, Math.min(step, def.items.length));
    const current = this.step < def.items.length ? def.items[this.step] : undefined;
    if (current) this.live.announce(this.i18n.t('progress', { current: this.step + 1, total: def.items.length }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-step-focus]')?.focus());
  }

  protected next() {
    const def = this.definition!;
    const current = def.items[this.step];
    if (current && this.answersState[current.id] === undefined) {
      this.showErrors = true;
      return;
    }
    this.showErrors = false;
    this.goTo(this.step + 1);
  }

  protected confirm() {
    const value = this.value;
    if (!value) {
      this.showErrors = true;
      void this.updateComplete.then(() => view.focusSummary(this.renderRoot as ShadowRoot));
      return;
    }
    this.confirmed = true;
    this.live.announce(this.i18n.t('confirmed'));
    this.emit('linkki-completed', value);
  }

  override render() {
    const def = this.definition;
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    if (!def) {
      const status = this.instrument || this.loaded.status === 'ready' ? 'invalid' : this.loaded.status;
      return view.unavailable(this.i18n, levels.title, status, () => this.src && void this.load(this.src));
    }
    const ctx: view.ViewContext = {
      i18n: this.i18n,
      def,
      levels,
      hideTitle: this.hideTitle,
      answers: this.answersState,
      disabled: this.isDisabled || this.readonly,
      showErrors: this.showErrors,
      onAnswer: (id, value) => this.answer(id, value),
      onStep: (step) => this.goTo(step),
      root: () => this.renderRoot as ShadowRoot,
    };
    const body = this.readonly
      ? view.reviewList(ctx, false)
      : this.layout === 'stepper'
        ? view.stepper(ctx, this.step, () => this.next(), () => this.confirm())
        : view.list(ctx, () => this.confirm());
    return html`<section part="base" aria-labelledby=${this.hideTitle ? nothing : 'title'} aria-label=${this.hideTitle ? view.titleText(ctx) : nothing}>
      ${view.header(ctx)} ${body} ${this.confirmed ? html`<p class="confirmed" part="confirmed">${this.i18n.t('confirmed')}</p>` : nothing}
      ${this.showResult && (this.confirmed || this.readonly) ? this.renderResult(levels.section) : nothing} ${view.notice(def)} ${this.live.render()}
    </section>`;
  }

  private renderResult(level: number) {
    const score = this.score;
    if (!score) return nothing;
    return view.result(this.i18n, level, score, this.metricRange, this.previous, this.resultExplanation(score));
  }

  /** A short, plain-language reading of the score (not a diagnosis). */
  protected abstract resultExplanation(score: Score): string;
}
