import type { ElementEvents } from '../shared/events.js';
import { LinkkiEvaluationReport, type ReportErrorDetail } from './evaluation-report.js';
import type { ReportReference } from './references.js';

export { LinkkiEvaluationReport, type ReportErrorDetail, type ReportReference };
export type * from '../shared/events.js';

if (!customElements.get('linkki-evaluation-report')) customElements.define('linkki-evaluation-report', LinkkiEvaluationReport);

declare global {
  interface HTMLElementTagNameMap {
    'linkki-evaluation-report': LinkkiEvaluationReport;
  }
  /** The events `<linkki-evaluation-report>` fires, with their `detail` types (shared/events.ts). */
  interface HTMLElementEventMap extends ElementEvents<'linkki-evaluation-report'> {}
}
