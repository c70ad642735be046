import type { SwemwbsStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
// instrumentTitle and instrumentInstructions: the statements themselves stay in Finnish, the only
// validated language, so the instructions say so.
export const sms: SwemwbsStrings = {
  explanation:
    'Čuõkk čuäʹjte miõllpueʹrrvääjjam mââimõs kuõʹhtt neäʹttel ääiʹj. Šuurab lååkk čuäʹjat pueʹrab pueʹrrvääjjam. Muuttâs aalǥâst loʹppe maainast jeänab ko õhtt lååkk.',
  instrumentTitle: 'Miõltiõrvâsvuõđ mittar (SWEMWBS)',
  instrumentInstructions:
    'Näggtõõzz lie lääddas. Vaʹlljed juõʹǩǩ näggtõʹsse vasttõõzz, kååʹtt pueʹrmõsân čuäʹjat tuu ǩiõččlâsttmõõžž mââimõs kuõʹhtt neäʹttel ääiʹj.',
};
