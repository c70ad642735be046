import type { SwemwbsStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: SwemwbsStrings = {
  explanation:
    'Čuoggáh čäittih mielâ pyereestvaljeem majemuu kyevti okko ääigi. Mädhi stuárráb loho, tädhi pyereeb pyereestvaljeem. Nubástus algâst loopâ räi muštâl eenâb ko ohtâ loho.',
};
