import type { QuestionnaireStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: QuestionnaireStrings = {
  statement: 'Čuáldus {{number}}',
  progress: 'Čuáldus {{current}}/{{total}}',
  answered: 'Västidum {{count}}/{{total}}',
  next: 'Čuávuvâš',
  back: 'Ovdiš',
  toReview: 'Tärhisti västidâsâid',
  review: {
    title: 'Tärhisti västidâsâid',
    intro: 'Puávtáh vala nubástuttâđ västidâsâid. Ko toh láá vuoigâdeh, tuhhiittâl taid.',
    change: 'Nubástut',
    changeLabel: 'Nubástut västidâs čuáldusân {{number}}',
    notAnswered: 'Ij västidum',
  },
  confirm: 'Tuhhiittâl västidâsâid',
  confirmed: 'Takkâ. Västidâsah láá tuhhiittâllum.',
  chooseOne: 'Väljee ohtâ vaihtoehto.',
  unanswered: 'Vastid čuáldusân {{number}}: {{statement}}',
  valueMissing: 'Vastid puoh čuáldusáid.',
  itemsLanguage: 'Čuáldusij kielâ: {{language}}. Čuáldusâin ij lah tuhhiittâllum jurgâlus taan kielân.',
  result: {
    title: 'Puátus',
    score: '{{score}} čuoggá skaalast {{min}}–{{max}}.',
    change: 'Nubástus ovdiš mittedmist ({{timepoint}}, {{previous}} čuoggá): {{change}}.',
    noChange: 'Seemmi ko ovdiš keerdi ({{timepoint}}).',
    disclaimer: 'Puátus čáittá vaasâttâs västidemäigi. Tot ij lah diagnoos ige arvâlus olmožist.',
  },
  loading: 'Kyeččâmuš vieččuu…',
  missing: {
    title: 'Kyeččâmuš čuáldusah váilojeh',
    body: 'Taan kyeččâmuš puáhtá kevttiđ tuše virgálâš čuáldusáiguin, maid orgaanisaatio uážžu lobijn. Čuáldusah iä lah vala lasettum taan siijdon.',
    help: 'Haldâšeijei: adde čuáldusâid fiilân (src) teikkâ jieškoddâsvuotân (instrument). Ravvuuh láá Linkki README-fiilâst.',
  },
  failed: {
    title: 'Kyeččâmuš ij pyehtim viežžâđ',
    body: 'Ohtâvuotâ pottânij teikkâ palvâlâs ij västidâm. Tärhisti viärmádâhohtâvuođâ já kiähčal uđđâsist.',
    retry: 'Kiähčal uđđâsist',
  },
  invalid: {
    title: 'Kyeččâmuš ij pyehtim čäittiđ',
    body: 'Kyeččâmušfiilâst lii feilâ, toho čuáldusah iä čäittu. Väldi ohtâvuođâ siijdo haldâšeijen.',
  },
};
