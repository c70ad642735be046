import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import type { GetRefusal } from '../shared/endpoint-client.js';
import { problemView } from '../shared/problem.js';
import { csvLanguage, fetchReportCsv, type ReportQuery } from './report-source.js';

import type { ReportDownloadedDetail } from '../shared/events.js';

/** `detail` of `linkki-report-downloaded`: the format and the report's period (the file's name has it too). */
export type { ReportDownloadedDetail };

/** Where the report on screen came from. */
export interface ShownReport {
  endpoint: string;
  authorization: string | undefined;
  query: ReportQuery;
}

export interface CsvDownloadOptions {
  i18n: LocalizeController;
  /** The report on screen, when it came from `endpoint`. */
  shown: () => ShownReport | undefined;
  announce: (message: string) => void;
  /** Fires `linkki-report-downloaded`. */
  downloaded: (detail: ReportDownloadedDetail) => void;
  /** Fires `linkki-sign-in-requested`. */
  signIn: () => void;
}

/**
 * Saves `file` as `name` through a temporary `<a download>` to a blob URL: no inline script and no
 * eval, so it works under a strict Content Security Policy. The URL is revoked once the browser
 * has taken the file.
 */
export function saveFile(file: Blob, name: string, parent: Node) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Download for a spreadsheet (CSV)": asks the intake for the report on screen again as CSV, with
 * the same query and key, in the reader's language when the intake writes it (fi, sv, en), else in
 * Finnish, and saves it as `linkki-evaluation-<from>-<to>.csv`. A refusal or no answer is said next
 * to the button, and the report stays as it is.
 */
export class CsvDownload implements ReactiveController {
  private busy = false;
  private failure: GetRefusal['kind'] | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: CsvDownloadOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.reset();
  }

  /** Stops a download under way and forgets a failure: the report on screen is changing. */
  reset() {
    this.controller?.abort();
    this.busy = false;
    this.failure = undefined;
  }

  async download() {
    const shown = this.options.shown();
    if (!shown || this.busy) return;
    const { i18n } = this.options;
    const { endpoint, authorization, query } = shown;
    const controller = (this.controller = new AbortController());
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    const outcome = await fetchReportCsv(endpoint, query, csvLanguage(i18n.lang), { authorization, signal: controller.signal });
    if (controller.signal.aborted) return;
    this.busy = false;
    this.host.requestUpdate();
    if (outcome.kind !== 'ok') {
      this.failure = outcome.kind;
      return this.options.announce(i18n.t(`download.${outcome.kind}`));
    }
    const name = `linkki-evaluation-${query.from}-${query.to}.csv`;
    saveFile(outcome.file, name, this.host.renderRoot);
    this.options.downloaded({ format: 'csv', from: query.from, to: query.to });
    this.options.announce(i18n.t('download.saved', { file: name }));
  }

  private retry() {
    // "Try again" goes away with the failure: the download button keeps the focus in place.
    this.host.renderRoot.querySelector<HTMLElement>('[part="download"] > button')?.focus();
    void this.download();
  }

  render(): TemplateResult {
    const { i18n, signIn } = this.options;
    const failure = this.failure;
    return html`<div class="download" part="download">
      <button type="button" class="secondary" aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.download()}>${i18n.t('download.label')}</button>
      ${failure ? problemView({ i18n, kind: failure, message: i18n.t(`download.${failure}`), signIn, retry: () => this.retry() }) : nothing}
    </div>`;
  }
}
