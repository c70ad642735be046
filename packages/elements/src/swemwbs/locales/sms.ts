import type { SwemwbsStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
// instrumentTitle and instrumentInstructions: the statements themselves stay in Finnish, the only
// validated language, so the instructions say so.
export const sms: SwemwbsStrings = {
  explanation:
    'Čuõkk čuäʹjje miõllpueʹrrvääjjam mââimõs kuõʹhtt neäʹttel ääiʹj. Mâʹte šuurab lååkk, tâʹte pueʹrab pueʹrrvääjjam. Muttâs aalǥâst loʹppe maainast jeäʹrab ko õhtt lååkk.',
  instrumentTitle: 'Miõltiõrvâsvuõđ mittar (SWEMWBS)',
  instrumentInstructions:
    'Näggtõõzz lie lääddas. Vaʹlljed juõʹǩǩ näggtõʹsse vasttõõzz, kååʹtt pueʹrmõsân čuäʹjat tuu ǩiõččlâsttmõõžž mââimõs kuõʹhtt neäʹttel ääiʹj.',
};
