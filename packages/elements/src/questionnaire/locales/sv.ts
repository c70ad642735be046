import type { QuestionnaireStrings } from './fi.js';

export const sv: QuestionnaireStrings = {
  statement: 'Påstående {{number}}',
  progress: 'Påstående {{current}}/{{total}}',
  answered: 'Besvarade {{count}}/{{total}}',
  next: 'Nästa',
  back: 'Föregående',
  toReview: 'Granska svaren',
  review: {
    title: 'Granska svaren',
    intro: 'Du kan ännu ändra svaren. När de är rätt, bekräfta dem.',
    change: 'Ändra',
    changeLabel: 'Ändra svaret på påstående {{number}}',
    notAnswered: 'Inte besvarat',
  },
  confirm: 'Bekräfta svaren',
  confirmed: 'Tack. Svaren har bekräftats.',
  chooseOne: 'Välj ett alternativ.',
  unanswered: 'Svara på påstående {{number}}: {{statement}}',
  valueMissing: 'Svara på alla påståenden.',
  itemsLanguage: 'Påståendena visas här på språket {{language}}, eftersom det inte finns någon validerad översättning till det här språket.',
  result: {
    title: 'Resultat',
    score: '{{score}} poäng på skalan {{min}}–{{max}}.',
    change: 'Förändring sedan förra mätningen ({{timepoint}}, {{previous}} poäng): {{change}}.',
    noChange: 'Samma som förra gången ({{timepoint}}).',
    disclaimer: 'Resultatet beskriver upplevelsen när svaren gavs. Det är ingen diagnos och ingen bedömning av någon som människa.',
  },
  loading: 'Enkäten laddas…',
  missing: {
    title: 'Enkätens påståenden saknas',
    body: 'Den här enkäten får användas bara med de officiella påståendena, som organisationen får med tillstånd. Påståendena har ännu inte lagts till på den här sidan.',
    help: 'För administratören: ge påståendena som fil (src) eller egenskap (instrument). Anvisningen finns i Linkkis README.',
  },
  failed: {
    title: 'Enkäten kunde inte laddas',
    body: 'Förbindelsen bröts eller servern svarade inte. Kontrollera nätförbindelsen och försök igen.',
    retry: 'Försök igen',
  },
  invalid: {
    title: 'Enkäten kunde inte visas',
    body: 'Enkätfilen innehåller ett fel, så påståendena visas inte. Kontakta sidans administratör.',
  },
};
