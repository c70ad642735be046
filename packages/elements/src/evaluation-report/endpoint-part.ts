/**
 * What the element needs only with `endpoint`: the pickers, the request and the CSV download.
 * Loaded on demand, so a page that passes `report` itself never downloads them.
 */
export { focusErrorSummary } from '../shared/error-summary.js';
export { CsvDownload } from './csv-download.js';
export { errorsOfIssues, queryForm, queryOf } from './query-form.js';
export { fetchReport } from './report-source.js';
