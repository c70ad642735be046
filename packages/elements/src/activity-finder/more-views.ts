// The details view and the link worker's shortlist, loaded when first needed: a citizen browsing
// results downloads neither until she opens an activity.
export { detailsView } from './details-view.js';
export { shortlistText, shortlistView } from './shortlist-view.js';
