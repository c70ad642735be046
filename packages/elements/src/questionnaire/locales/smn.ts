import type { QuestionnaireStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: QuestionnaireStrings = {
  statement: 'Náágus {{number}}',
  progress: 'Náágus {{current}}/{{total}}',
  answered: 'Västidum {{count}}/{{total}}',
  next: 'Čuávuvâš',
  back: 'Ovdebáš',
  toReview: 'Täärhist vástádâsâid',
  review: {
    title: 'Täärhist vástádâsâid',
    intro: 'Puávtáh vala nubástuttiđ vástádâsâid. Ko toh láá riävtui, tuhhit taid.',
    change: 'Nubástut',
    changeLabel: 'Nubástut vástádâs nággusân {{number}}',
    notAnswered: 'Ij västidum',
  },
  confirm: 'Tuhhit vástádâsâid',
  confirmed: 'Takkâ. Vástádâsah láá tuhhiittum.',
  chooseOne: 'Valjii oovtâ muulsâiävtu.',
  unanswered: 'Västid nággusân {{number}}: {{statement}}',
  valueMissing: 'Västid puoh nággusáid.',
  itemsLanguage: 'Nággusij kielâ: {{language}}. Nággusijn ij lah tuhhiittum jurgâlus taan kielân.',
  result: {
    title: 'Puáđus',
    score: '{{score}} čuággá skaalâst {{min}}–{{max}}.',
    change: 'Nubástus ovdebáš mittedmist ({{timepoint}}, {{previous}} čuággá): {{change}}.',
    noChange: 'Siämmáá ko ovdebáš keerdi ({{timepoint}}).',
    disclaimer: 'Puáđus čáittá feerim västidem ääigi. Tot ij lah diagnoos ige arvâlus ulmust.',
  },
  loading: 'Koijâdâllâm viäžžoo…',
  missing: {
    title: 'Koijâdâllâm nágguseh váilojeh',
    body: 'Taam koijâdâllâm puáhtá kevttiđ tuše virgálâš nággusijguin, maid organisaatio uážžu luuvijn. Nágguseh iä lah vala lasettum taan siijđon.',
    help: 'Haldâšeijei: adde nággusijd tiätuvuárkkán (src) teikkâ jiešvuottân (instrument). Ravvuuh láá Linkki README-tiätuvuárhást.',
  },
  failed: {
    title: 'Koijâdâllâm ij pyehtim viežžâđ',
    body: 'Ohtâvuotâ potkânij teikkâ palvâlâs ij västidâm. Täärhist viärmádâhohtâvuođâ já keččâl uđđâsist.',
    retry: 'Keččâl uđđâsist',
  },
  invalid: {
    title: 'Koijâdâllâm ij pyehtim čäittiđ',
    body: 'Koijâdâllâmtiätuvuárhást lii feilâ, tondiet nágguseh iä čaittuu. Vääldi ohtâvuođâ siijđo haldâšeijei.',
  },
};
