import type { EvaluationReport } from '@linkki/schema';
import { LinkkiEvaluationReport, type ReportErrorDetail } from './evaluation-report.js';
import type { ReportDownloadedDetail } from './csv-download.js';
import type { ReportReference } from './references.js';

export { LinkkiEvaluationReport, type ReportDownloadedDetail, type ReportErrorDetail, type ReportReference };

if (!customElements.get('linkki-evaluation-report')) customElements.define('linkki-evaluation-report', LinkkiEvaluationReport);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-evaluation-report': LinkkiEvaluationReport;
  }
  interface HTMLElementEventMap {
    'linkki-report-loaded': CustomEvent<EvaluationReport>;
    'linkki-report-error': CustomEvent<ReportErrorDetail>;
    'linkki-report-downloaded': CustomEvent<ReportDownloadedDetail>;
  }
}
