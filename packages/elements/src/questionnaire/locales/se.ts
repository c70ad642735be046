import type { QuestionnaireStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: QuestionnaireStrings = {
  statement: 'Cealkka {{number}}',
  progress: 'Cealkka {{current}}/{{total}}',
  answered: 'Vástiduvvon {{count}}/{{total}}',
  next: 'Čuovvovaš',
  back: 'Ovddit',
  toReview: 'Dárkkis vástádusaid',
  review: {
    title: 'Dárkkis vástádusaid',
    intro: 'Sáhtát ain rievdadit vástádusaid. Go dat leat riekta, dohkket daid.',
    change: 'Rievdat',
    changeLabel: 'Rievdat vástádusa cealkagii {{number}}',
    notAnswered: 'Ii vástiduvvon',
  },
  confirm: 'Dohkket vástádusaid',
  confirmed: 'Giitu. Vástádusat leat dohkkehuvvon.',
  chooseOne: 'Vállje ovtta molssaeavttu.',
  unanswered: 'Vástit cealkagii {{number}}: {{statement}}',
  valueMissing: 'Vástit buot cealkagiidda.',
  itemsLanguage: 'Cealkagiid giella: {{language}}. Cealkagiin ii leat dohkkehuvvon jorgalus dán gillii.',
  result: {
    title: 'Boađus',
    score: '{{score}} čuoggá skálás {{min}}–{{max}}.',
    change: 'Rievdan ovddit mihtideamis ({{timepoint}}, {{previous}} čuoggá): {{change}}.',
    noChange: 'Seamma go ovddit háve ({{timepoint}}).',
    disclaimer: 'Boađus čájeha vásihusa vástidanbottus. Dat ii leat diagnosa iige árvvoštallan olbmos.',
  },
  loading: 'Jearahallan vižžojuvvo…',
  missing: {
    title: 'Jearahallama cealkagat váilot',
    body: 'Dán jearahallama sáhttá geavahit dušše virggálaš cealkagiiguin, maid organisašuvdna oažžu lobiin. Cealkagat eai leat vel lasihuvvon dán siidui.',
    help: 'Hálddašeaddjái: atte cealkagiid fiilan (src) dahje iešvuohtan (instrument). Rávvagat leat Linkki README-fiillas.',
  },
  failed: {
    title: 'Jearahallama ii sáhttán viežžat',
    body: 'Oktavuohta botkii dahje bálvá ii vástidan. Dárkkis neahttaoktavuođa ja geahččal ođđasit.',
    retry: 'Geahččal ođđasit',
  },
  invalid: {
    title: 'Jearahallama ii sáhttán čájehit',
    body: 'Jearahallanfiillas lea meattáhus, nu ahte cealkagat eai čájehuvvo. Váldde oktavuođa siiddu hálddašeaddjái.',
  },
};
