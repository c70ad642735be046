import type { SwemwbsStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: SwemwbsStrings = {
  instrumentTitle: 'Mielalaš buresveadjima mihttár (SWEMWBS)',
  instrumentInstructions:
    'Vuolábealde leat cealkagat dovdduid ja jurdagiid birra. Cealkagat leat suomagillii. Vállje juohke cealkagii vástádusa, mii heive buoremusat dasa, maid leat vásihan maŋimuš guovtte vahku áigge.',
  explanation:
    'Čuoggát čájehit mielalaš buresveadjima maŋimuš guovtte vahku áigge. Mađi stuorát lohku, dađi buoret buresveadjin. Rievdan álggu rájes loahpa rádjái muitala eanet go okta lohku.',
};
