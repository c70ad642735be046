import type { SwemwbsStrings } from './fi.js';

export const en: SwemwbsStrings = {
  explanation:
    'The score describes mental wellbeing over the last two weeks. The higher the number, the better the wellbeing. The change from start to end says more than any single number.',
};
