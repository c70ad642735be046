/**
 * What the element needs only with `endpoint`: the pickers, the request and the CSV download.
 * Loaded on demand, so a page that passes `report` itself never downloads them.
 */
export { focusErrorSummary } from '../shared/error-summary.js';
/** The pickers' field and choice styles: a report passed as `report` has no fields. */
export { fieldStyles } from '../shared/field.styles.js';
export { CsvDownload } from './csv-download.js';
export { errorsOfIssues, queryForm, queryOf } from './query-form.js';
export { fetchReport } from './report-source.js';
