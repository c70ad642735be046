/**
 * The report's pictures — the bars under distributions and the measures' charts — in a chunk of
 * their own, loaded when a report is first shown: the tables (which hold the same figures) come
 * first, the pictures a moment later. Keeps the element's bundle within its budget.
 */
export { barChart } from './bar-chart.js';
export { measureChart } from './measure-chart.js';
