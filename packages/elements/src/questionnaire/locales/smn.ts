import type { QuestionnaireStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: QuestionnaireStrings = {
  statement: 'Čuáldus {{number}}',
  progress: 'Čuáldus {{current}}/{{total}}',
  answered: 'Västidum {{count}}/{{total}}',
  next: 'Čuávuvâš',
  back: 'Ovdebáš',
  toReview: 'Tärhisti vástádâsâid',
  review: {
    title: 'Tärhisti vástádâsâid',
    intro: 'Puávtáh vala nubástuttâđ vástádâsâid. Ko toh láá vuoigâdeh, tuhhiittâl taid.',
    change: 'Nubástut',
    changeLabel: 'Nubástut vástádâs nággusân {{number}}',
    notAnswered: 'Ij västidum',
  },
  confirm: 'Tuhhiittâl vástádâsâid',
  confirmed: 'Takkâ. Vástádâsah láá tuhhiittâllum.',
  chooseOne: 'Valje ohtâ vaihtoehto.',
  unanswered: 'Västid nággusân {{number}}: {{statement}}',
  valueMissing: 'Västid puoh nággusáid.',
  itemsLanguage: 'Čuáldusij kielâ: {{language}}. Čuáldusâin ij lah tuhhiittâllum jurgâlus taan kielân.',
  result: {
    title: 'Puáđus',
    score: '{{score}} čuoggá skaalast {{min}}–{{max}}.',
    change: 'Nubástus ovdebáš mittedmist ({{timepoint}}, {{previous}} čuoggá): {{change}}.',
    noChange: 'Seemmi ko ovdebáš keerdi ({{timepoint}}).',
    disclaimer: 'Puáđus čáittá vaasâttâs västidemäigi. Tot ij lah diagnoos ige arvâlus olmožist.',
  },
  loading: 'Koijâdâllâm vieččuu…',
  missing: {
    title: 'Koijâdâllâm nágguseh váilojeh',
    body: 'Taan koijâdâllâm puáhtá kevttiđ tuše virgálâš nággusijguin, maid orgaanisaatio uážžu lobijn. Nágguseh iä lah vala lasettum taan siijdon.',
    help: 'Haldâšeijei: adde nággusijd fiilân (src) teikkâ jieškoddâsvuotân (instrument). Ravvuuh láá Linkki README-fiilâst.',
  },
  failed: {
    title: 'Koijâdâllâm ij pyehtim viežžâđ',
    body: 'Ohtâvuotâ pottânij teikkâ palvâlâs ij västidâm. Tärhisti viärmádâhohtâvuođâ já keččâl uđđâsist.',
    retry: 'Keččâl uđđâsist',
  },
  invalid: {
    title: 'Koijâdâllâm ij pyehtim čäittiđ',
    body: 'Koijâdâllâmfiilâst lii feilâ, toho nágguseh iä čäittu. Väldi ohtâvuođâ siijdo haldâšeijen.',
  },
};
