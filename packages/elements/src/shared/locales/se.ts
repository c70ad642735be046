import type { CommonStrings } from './fi.js';

/** Sami has a dual: `Intl.PluralRules` gives `two` for 2, so every counted `…_other` key also needs `…_two`. */
type WithDual<T> = { [K in keyof T]: T[K] extends string ? string : WithDual<T[K]> } & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_two` : never]: string;
};

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: WithDual<CommonStrings> = {
  errorPrefix: 'Meattáhus:',
  optional: '(eaktodáhtolaš)',
  errorSummary: {
    title_one: 'Divvo dán čuoggá',
    title_two: 'Divvo dáid {{count}} čuoggá',
    title_other: 'Divvo dáid {{count}} čuoggá',
  },
  issues: {
    required: 'Deavdde dán čuoggá.',
    invalidType: 'Dárkkis dán čuoggá.',
    invalidOption: 'Vállje ovtta molssaeavttuin.',
    tooShort: 'Čále unnimusat {{minimum}} mearkka.',
    tooLong: 'Čále eanemusat {{maximum}} mearkka.',
    tooSmall: 'Atte logu, mii lea unnimusat {{minimum}}.',
    tooBig: 'Atte logu, mii lea eanemusat {{maximum}}.',
    tooFew: 'Vállje unnimusat {{minimum}}.',
    tooMany: 'Vállje eanemusat {{maximum}}.',
    notInteger: 'Atte ollislogu almmá desimálaid haga.',
    notUnique: 'Seamma válljen lea mielde guovtte geardde. Sihko nubbi.',
    invalidEmail: 'Čále šleađgapoastačujuhusa ná: namma@ovdamearka.fi.',
    invalidPhone: 'Čále telefonnummara loguiguin, omd. 040 123 4567.',
    invalidDate: 'Atte riekta beaivemeari, omd. 24.11.2026.',
    invalidUrl: 'Čále neahttačujuhusa, mii álgá https://.',
    invalidFormat: 'Dárkkis, ahte dieđu lea čállon riekta.',
    unknownField: 'Dán dieđu ii sáhte vurket. Sihko dan.',
    contactRequired: 'Atte telefonnummara dahje šleađgapoastačujuhusa.',
    otherReasonRequired: 'Muital oanehaččat, mii eará sivva lea.',
    consentRequired: 'Čujuhusa sáhttá dahkat dušše olbmo lobiin. Dárkkis, ahte son miehtá.',
    ageRequired: 'Atte riegádanjagi dahje agi.',
    tooYoung: 'Buresveadjinčujuhus lea oassálas olbmuide.',
    birthYearInFuture: 'Riegádanjahki ii sáhte leat boahtteáiggis.',
    feedbackNeedsContact: 'Máhcahaga sáhttá oažžut dušše, go namma ja oktavuohtadieđut leat addon.',
    textRequired: 'Čále teavstta unnimusat ovtta gillii.',
    answerMissing: 'Vástit buot cealkkaide.',
    answerOutOfScale: 'Vállje vástádusa molssaeavttuin.',
    scoreMismatch: 'Čuoggát eai heive vástádusaide. Vurke vástádusaid ođđasit.',
    dateOrder: 'Dárkkis beaivemeriid ortnega.',
    closureMissing: 'Čále loahpaheami siva ja dieđuid.',
    invalid: 'Dieđuid ii sáhttán lohkat. Geahččal ođđasit.',
  },
};
