/** Strings of the questionnaire engine (namespace `questionnaire`), shared by SWEMWBS and participation. */
export const fi = {
  statement: 'Väittämä {{number}}',
  progress: 'Väittämä {{current}}/{{total}}',
  answered: 'Vastattu {{count}}/{{total}}',
  next: 'Seuraava',
  back: 'Edellinen',
  toReview: 'Tarkista vastaukset',
  review: {
    title: 'Tarkista vastaukset',
    intro: 'Voit vielä muuttaa vastauksia. Kun ne ovat oikein, vahvista ne.',
    change: 'Muuta',
    changeLabel: 'Muuta vastausta väittämään {{number}}',
    notAnswered: 'Ei vastattu',
  },
  confirm: 'Vahvista vastaukset',
  confirmed: 'Kiitos. Vastaukset on vahvistettu.',
  chooseOne: 'Valitse yksi vaihtoehto.',
  unanswered: 'Vastaa väittämään {{number}}: {{statement}}',
  valueMissing: 'Vastaa kaikkiin väittämiin.',
  itemsLanguage: 'Väittämät ovat tässä kielellä {{language}}, koska niistä ei ole vahvistettua käännöstä tälle kielelle.',
  result: {
    title: 'Tulos',
    score: '{{score}} pistettä asteikolla {{min}}–{{max}}.',
    change: 'Muutos edellisestä mittauksesta ({{timepoint}}, {{previous}} pistettä): {{change}}.',
    noChange: 'Sama kuin edellisellä kerralla ({{timepoint}}).',
    disclaimer: 'Tulos kuvaa vastaushetken kokemusta. Se ei ole diagnoosi eikä arvio kenestäkään ihmisenä.',
  },
  loading: 'Kyselyä ladataan…',
  missing: {
    title: 'Kyselyn väittämät puuttuvat',
    body: 'Tätä kyselyä saa käyttää vain virallisilla väittämillä, jotka organisaatio saa luvan kanssa. Väittämiä ei ole vielä lisätty tälle sivulle.',
    help: 'Ylläpitäjälle: anna väittämät tiedostona (src) tai ominaisuutena (instrument). Ohje on Linkin README-tiedostossa.',
  },
  failed: {
    title: 'Kyselyä ei voitu ladata',
    body: 'Yhteys katkesi tai palvelin ei vastannut. Tarkista verkkoyhteys ja yritä uudelleen.',
    retry: 'Yritä uudelleen',
  },
  invalid: {
    title: 'Kyselyä ei voitu näyttää',
    body: 'Kyselyn tiedostossa on virhe, joten väittämiä ei näytetä. Ota yhteyttä sivun ylläpitäjään.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type QuestionnaireStrings = Widen<typeof fi>;
