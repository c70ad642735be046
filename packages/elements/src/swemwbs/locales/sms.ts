import type { SwemwbsStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: SwemwbsStrings = {
  explanation:
    'Čuõkk čuäʹjje miõllpueʹrrvääjjam mââimõs kuõʹhtt neäʹttel ääiʹj. Mâʹte šuurab lååkk, tâʹte pueʹrab pueʹrrvääjjam. Muttâs älggmest loppa räjja maainast jeäʹrab ko õhtt lååkk.',
};
