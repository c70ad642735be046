import { LAPLAND_MUNICIPALITIES, validateEvaluationReport, type EvaluationReport, type ValidationIssue } from '@linkki/schema';
import type { LinkkiErrorDetail } from '../shared/events.js';
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '../i18n/index.js';
import { buttonStyles } from '../shared/button.styles.js';
import { heading, headingLevels } from '../shared/heading.js';
import { DrawnWidth, svgFont } from '../shared/drawn-width.js';
import { LinkkiElement } from '../shared/linkki-element.js';
import { LiveAnnouncer } from '../shared/live-announcer.js';
import { municipalityOptions } from '../shared/municipality-name.js';
import { problemView } from '../shared/problem.js';
import { problemStyles } from '../shared/problem.styles.js';
import type { ReportView } from './cells.js';
import type { CsvDownload } from './csv-download.js';
import { reportStyles } from './evaluation-report.styles.js';
import { defaultDraft, splitMonth, type DraftErrors, type ReportDraft } from './draft.js';
import { usableReferences } from './references.js';
import type { ReportQuery } from './report-source.js';
import { periodText, reportView } from './report-view.js';
import './strings.js';

/**
 * `detail` of `linkki-error` from the report, the shape every element uses: `invalid` (the report does
 * not fit the schema), `rejected` (400), `unauthorized` (401), `forbidden` (403) or `network` (no answer, timeout, 5xx).
 */
export type ReportErrorDetail = LinkkiErrorDetail<'invalid' | 'rejected' | 'unauthorized' | 'forbidden' | 'network'>;

type Failure = Omit<ReportErrorDetail, 'issues'>;

/** A comma-separated attribute as a list of codes (`"758, 698"` → `['758', '698']`). */
const codeList = { fromAttribute: (value: string | null) => (value ?? '').split(',').map((code) => code.trim()).filter(Boolean) };

type EndpointPart = typeof import('./endpoint-part.js');
type Charts = typeof import('./charts.js');
let charts: Charts | undefined;
let chartsLoading: Promise<Charts> | undefined;
/** The pictures, loaded the first time any report element shows a report (then at hand for every report on the page). */
const loadCharts = () => (chartsLoading ??= import('./charts.js').then((module) => (charts = module)));
let endpointModule: Promise<EndpointPart> | undefined;
/** The pickers and the request, loaded the first time an element has an `endpoint`. */
const loadEndpointPart = () => (endpointModule ??= import('./endpoint-part.js'));

/**
 * The municipality's evaluation report of the wellbeing referral, for the municipal wellbeing
 * group: referrals by status, route, reason, referrer, gender, age group, municipality and language;
 * the work done; SWEMWBS and ESIS at the start, end and follow-up with the paired change; closure
 * answers; barriers and unmet needs. Each table is an HTML table; distributions and the measures
 * also get an SVG picture with the table as its text alternative. Small numbers arrive hidden
 * ("< 5", "–") and are explained once. Prints on A4 in black and white.
 *
 * The report comes from the `report` property (validated with `@linkki/schema`), or from the intake's
 * `GET <endpoint>/evaluation` with the period and municipality pickers. A report from `endpoint` can
 * also be downloaded for a spreadsheet: the same query and key, `GET <endpoint>/evaluation.csv` in the
 * element's language if it is fi, sv or en, else in Finnish.
 *
 * @summary Evaluation report with small-number protection, for the municipal wellbeing group.
 *
 * @fires {CustomEvent<EvaluationReport>} linkki-report-loaded - A report was loaded from `endpoint` and is shown; `detail`: the `EvaluationReport`.
 * @fires {CustomEvent<LinkkiErrorDetail>} linkki-error - The report could not be shown. `detail`: `{ kind: 'invalid' | 'rejected' | 'unauthorized' | 'forbidden' | 'network', issues, status? }`.
 * @fires {CustomEvent<ReportDownloadedDetail>} linkki-report-downloaded - The report on screen was handed to the browser to save as `linkki-evaluation-<from>-<to>.csv`; `detail`: `{ format: 'csv', from, to }`.
 * @fires {CustomEvent<undefined>} linkki-sign-in-requested - "Sign in again" was pressed after a 401 (of the report or of the download); set `authorization` and the report loads again.
 *
 * @csspart base - The whole element.
 * @csspart query - The pickers' form.
 * @csspart field - One picker with its label.
 * @csspart error-summary - The list of problems on top of the form.
 * @csspart report - The report (busy while loading).
 * @csspart download - The download button, with a problem downloading under it (not printed).
 * @csspart about - Period, basis, municipalities and the date the report was made.
 * @csspart protection - What "< 5" and "–" mean.
 * @csspart section - One section: referrals, work done, closure, barriers and needs.
 * @csspart count-table - One count table with its note (and bars).
 * @csspart bars - The bar picture of a distribution.
 * @csspart summaries - Times and amounts.
 * @csspart measure - The SWEMWBS or ESIS section.
 * @csspart measure-chart - The picture of a measure's means.
 * @csspart status-message - Loading and "choose a period" messages.
 * @csspart error - The problem message with its sign-in or retry button (also of the download).
 *
 * @cssprop --linkki-report-bar-color - Bars and the means of the measures (default: the primary colour).
 * @cssprop --linkki-report-reference-color - Reference lines on the measure charts.
 * @cssprop --linkki-report-rule-color - Lines between table rows.
 */
export class LinkkiEvaluationReport extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, buttonStyles, ...problemStyles, ...reportStyles];

  /** An `EvaluationReport` (e.g. from the host's own request). When set, `endpoint` is not used and no pickers are shown. */
  @property({ attribute: false }) report: unknown;
  /** The intake's base URL (`https://intake.example/api`); the element loads `GET <endpoint>/evaluation`. */
  @property() endpoint: string | undefined;
  /** A personal API key or an OIDC access token, sent as `Authorization: Bearer …`. A property only, so a key never shows in the DOM. */
  @property({ attribute: false }) authorization: string | undefined;
  /** First month, `YYYY-MM`. With `to` and `endpoint`, the report loads at once. */
  @property() from: string | undefined;
  /** Last month, `YYYY-MM`, inclusive. */
  @property() to: string | undefined;
  /** `received` (referrals received in the period, the default) or `active` (cases active during it). */
  @property() basis: 'received' | 'active' = 'received';
  /** Municipality codes, comma-separated (`758,698`); none: every municipality the caller may see. */
  @property({ converter: codeList }) municipalities: string[] = [];
  /** Municipality codes the picker offers; default: those of the reports loaded so far, else Lapland's 21. */
  @property({ attribute: 'municipality-options', converter: codeList }) municipalityOptions: string[] | undefined;
  /** `{ instrument: 'swemwbs' | 'esis', label, value, source? }[]`: reference figures drawn on the measure charts and listed in their tables. */
  @property({ attribute: false }) references: unknown;
  /** Level of the report's title, to fit the page's outline; sections one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Leaves out the report's own title, for a page whose heading already names it: the report keeps
   * the title as its accessible name, and its sections' headings take `heading-level`.
   */
  @property({ type: Boolean, reflect: true, attribute: 'hide-title' }) hideTitle = false;

  @state() private draft: ReportDraft = defaultDraft();
  @state() private errors: DraftErrors = {};
  @state() private formError: string | undefined;
  @state() private loading = false;
  @state() private failure: Failure | undefined;
  @state() private fetched: EvaluationReport | undefined;
  /** The bars and the measures' charts, loaded with the first report shown. */
  @state() private charts = charts;

  /** The pickers, the request and the CSV download, once loaded (with `endpoint` only). */
  private endpointPart: EndpointPart | undefined;
  private csv: CsvDownload | undefined;
  private given: EvaluationReport | undefined;
  private givenInvalid = false;
  private lastQuery: ReportQuery | undefined;
  private seen = new Set<string>();
  private controller: AbortController | undefined;
  private readonly i18n = new LocalizeController(this, 'evaluationReport');
  private readonly live = new LiveAnnouncer(this);
  /** Charts are drawn at the width of their boxes, so their text keeps its size on a phone. */
  private readonly drawn = new DrawnWidth(this);

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  /** With `endpoint`, renders only once the pickers are in (as every element waits for its strings). */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.fromEndpoint && !this.endpointPart) {
      this.endpointPart = await loadEndpointPart();
      // The pickers' field styles come with them, before the report's own.
      adoptStyles(this.renderRoot as ShadowRoot, [...LinkkiElement.styles, buttonStyles, this.endpointPart.fieldStyles, ...problemStyles, ...reportStyles]);
      this.csv = new this.endpointPart.CsvDownload(this, {
        i18n: this.i18n,
        shown: () => (this.endpoint && this.lastQuery ? { endpoint: this.endpoint, authorization: this.authorization, query: this.lastQuery } : undefined),
        announce: (message) => this.live.announce(message),
        downloaded: (detail) => this.emit('linkki-report-downloaded', detail),
        signIn: () => this.emit('linkki-sign-in-requested'),
      });
    }
    await super.scheduleUpdate();
  }

  private get fromEndpoint() {
    return this.report === undefined && Boolean(this.endpoint);
  }

  private get shown(): EvaluationReport | undefined {
    return this.report === undefined ? this.fetched : this.given;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('from') || changed.has('to') || changed.has('basis') || changed.has('municipalities')) {
      const [fromMonth, fromYear] = splitMonth(this.from, [this.draft.fromMonth, this.draft.fromYear]);
      const [toMonth, toYear] = splitMonth(this.to, [this.draft.toMonth, this.draft.toYear]);
      const basis = this.basis === 'active' ? 'active' : 'received';
      this.draft = { fromMonth, fromYear, toMonth, toYear, basis, municipalities: [...this.municipalities] };
    }
    if (changed.has('report') && this.report !== undefined) {
      const result = validateEvaluationReport(this.report);
      this.given = result.ok ? result.value : undefined;
      this.givenInvalid = !result.ok;
      this.controller?.abort();
      this.loading = false;
      if (!result.ok) this.emit('linkki-error', { kind: 'invalid', issues: result.issues });
      return;
    }
    if (!this.fromEndpoint) return;
    const attributes = ['from', 'to', 'basis', 'municipalities'] as const;
    if (attributes.some((name) => changed.has(name)) && this.from && this.to) this.submit();
    else if ((changed.has('endpoint') || changed.has('authorization') || changed.has('report')) && this.lastQuery) void this.load(this.lastQuery);
  }

  /** Checks the pickers and loads the report they ask for; problems go to the error summary. */
  private submit() {
    const { queryOf, focusErrorSummary } = this.endpointPart!;
    const result = queryOf(this.draft, this.i18n);
    this.formError = undefined;
    if ('errors' in result) {
      this.errors = result.errors;
      void this.updateComplete.then(() => focusErrorSummary(this.shadowRoot));
      return;
    }
    this.errors = {};
    void this.load(result.query);
  }

  private async load(query: ReportQuery) {
    if (!this.endpoint || !this.endpointPart) return;
    const { fetchReport, errorsOfIssues, focusErrorSummary } = this.endpointPart;
    this.controller?.abort();
    this.csv?.reset();
    const controller = (this.controller = new AbortController());
    this.lastQuery = query;
    this.loading = true;
    this.failure = undefined;
    this.live.announce(this.i18n.t('loading'));
    const outcome = await fetchReport(this.endpoint, query, { authorization: this.authorization, signal: controller.signal });
    if (controller.signal.aborted) return;
    this.loading = false;
    if (outcome.kind === 'ok') {
      const result = validateEvaluationReport(outcome.body);
      if (result.ok) {
        this.fetched = result.value;
        result.value.municipalities.forEach((code) => this.seen.add(code));
        this.emit('linkki-report-loaded', result.value);
        this.live.announce(this.i18n.t('loaded', { period: periodText(this.view, result.value) }));
        return;
      }
      return this.fail({ kind: 'invalid', status: 200 }, result.issues);
    }
    if (outcome.kind === 'rejected') {
      this.errors = errorsOfIssues(outcome.issues.map((issue) => String(issue.path[0] ?? '')), this.i18n);
      if (!Object.keys(this.errors).length) this.formError = this.i18n.t('errors.rejected');
      this.fail({ kind: 'rejected', status: outcome.status }, outcome.issues);
      await this.updateComplete;
      return focusErrorSummary(this.shadowRoot);
    }
    this.fail(outcome, []);
  }

  private retry() {
    // The button goes away while loading: the title (or the report, when it has none) keeps the focus in place.
    this.shadowRoot?.querySelector<HTMLElement>('#report-title, [part="base"][tabindex]')?.focus();
    void this.load(this.lastQuery!);
  }

  private fail(failure: Failure, issues: ValidationIssue[]) {
    this.failure = failure;
    this.fetched = undefined;
    this.emit('linkki-error', { ...failure, issues });
    if (failure.kind !== 'rejected') this.live.announce(this.failureText(failure));
  }

  private failureText(failure: Failure): string {
    return this.i18n.t(`errors.${failure.kind === 'rejected' ? 'rejected' : failure.kind}`);
  }

  private get view(): ReportView {
    const { section } = headingLevels(this.headingLevel, this.hideTitle);
    return {
      i18n: this.i18n,
      threshold: this.shown?.threshold ?? 5,
      heading: (offset, text, id) => heading(section + offset - 1, text, id ? { id } : {}),
      drawnWidth: (key, fallback) => this.drawn.of(key, fallback),
      font: (size, weight) => svgFont(this, size, weight),
      charts: this.charts,
    };
  }

  private municipalityChoices(): [string, string][] {
    const codes = new Set(this.municipalityOptions ?? [...this.seen]);
    this.draft.municipalities.forEach((code) => codes.add(code));
    if (!codes.size) LAPLAND_MUNICIPALITIES.forEach(({ code }) => codes.add(code));
    return municipalityOptions(codes, this.i18n.lang);
  }

  override render() {
    const view = this.view;
    const levels = headingLevels(this.headingLevel, this.hideTitle);
    const title = this.i18n.t('title');
    return html`<section
      part="base"
      aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'report-title')}
      aria-label=${ifDefined(this.hideTitle ? title : undefined)}
      tabindex=${ifDefined(this.hideTitle ? '-1' : undefined)}
    >
      ${this.hideTitle ? nothing : heading(levels.title, title, { id: 'report-title', focusTarget: true })}
      ${this.fromEndpoint && this.endpointPart
        ? this.endpointPart.queryForm({
            i18n: this.i18n,
            draft: this.draft,
            errors: this.errors,
            formError: this.formError,
            municipalities: this.municipalityChoices(),
            heading: (text, id) => heading(levels.section, text, { id }),
            root: () => this.shadowRoot,
            set: (draft) => (this.draft = draft),
            submit: () => this.submit(),
          })
        : nothing}
      <div class="report" part="report" aria-busy=${this.loading ? 'true' : 'false'}>${this.body(view)}</div>
      ${this.live.render()}
    </section>`;
  }

  private body(view: ReportView): TemplateResult | typeof nothing {
    if (this.report !== undefined && this.givenInvalid) return this.problem({ kind: 'invalid' });
    if (this.fromEndpoint && this.loading) return html`<p class="message" part="status-message">${this.i18n.t('loading')}</p>`;
    if (this.fromEndpoint && this.failure && this.failure.kind !== 'rejected') return this.problem(this.failure);
    const report = this.shown;
    if (report && !this.charts) void loadCharts().then((charts) => (this.charts = charts));
    if (report) return html`${this.fromEndpoint ? this.csv?.render() : nothing}${reportView(view, report, usableReferences(this.references))}`;
    return this.fromEndpoint ? html`<p class="message" part="status-message">${this.i18n.t('empty')}</p>` : nothing;
  }

  private problem(failure: Failure): TemplateResult {
    const retry = this.lastQuery && (() => this.retry());
    return problemView({ i18n: this.i18n, kind: failure.kind, message: this.failureText(failure), signIn: () => this.emit('linkki-sign-in-requested'), retry });
  }
}
