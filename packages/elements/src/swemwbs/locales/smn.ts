import type { SwemwbsStrings } from './fi.js';

// Inari Sami draft; not reviewed by a native speaker (translation-status.json). The statements stay Finnish.
export const smn: SwemwbsStrings = {
  explanation:
    'Čuággáh čäittih mielâ pyereestvaijeem majemuu kyevti oho ääigi. Mađe stuárráb loho, tađe pyereeb pyereestvaijeem. Nubástus aalgâst loopâ räi muštâl eenâb ko ovtâskâs loho.',
  instrumentTitle: 'Positiivlâš mielâtiervâsvuođâ mittár (SWEMWBS)',
  instrumentInstructions:
    'Vyelni láá nágguseh suomâs. Valjii jyehi nággusân vástádâs, mii pyeremusávt kovvee tuu feerim majemuu kyevti oho ääigi.',
};
