import type { SwemwbsStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: SwemwbsStrings = {
  explanation:
    'Čuoggát čájehit mielalaš buresveadjima maŋimuš guovtte vahku áigge. Mađi stuorát lohku, dađi buoret buresveadjin. Rievdan álggu rájes loahpa rádjái muitala eanet go okta lohku.',
};
