import type { CommonStrings } from './fi.js';

/** Sami has a dual: `Intl.PluralRules` gives `two` for 2, so every counted `…_other` key also needs `…_two`. */
type WithDual<T> = { [K in keyof T]: T[K] extends string ? string : WithDual<T[K]> } & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_two` : never]: string;
};

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: WithDual<CommonStrings> = {
  errorPrefix: 'Feilâ:',
  optional: '(iävtutátulâš)',
  errorSummary: {
    title_one: 'Pyeredij taan čuágâsâ',
    title_two: 'Pyeredij taid {{count}} čuágâsâ',
    title_other: 'Pyeredij taid {{count}} čuágâsâ',
  },
  issues: {
    required: 'Tievdâ taan čuágâsâ.',
    invalidType: 'Tärhisti taan čuágâsâ.',
    invalidOption: 'Valje ohtâ vaihtoehtoin.',
    tooShort: 'Čääli uccemustáá {{minimum}} merkkâd.',
    tooLong: 'Čääli eenâmustáá {{maximum}} merkkâd.',
    tooSmall: 'Adde lovo, mii lii uccemustáá {{minimum}}.',
    tooBig: 'Adde lovo, mii lii eenâmustáá {{maximum}}.',
    tooFew: 'Valje uccemustáá {{minimum}}.',
    tooMany: 'Valje eenâmustáá {{maximum}}.',
    notInteger: 'Adde olesloho desimaalij hännáá.',
    notUnique: 'Seemmi valjiittâs lii mield kyevti keerdi. Sikko nubbe.',
    invalidEmail: 'Čääli šleđgâpostâčujottâs náál: nommâ@ovdâmerkkâ.fi.',
    invalidPhone: 'Čääli puhelinnummeer lovoiguin, ovdâmerkkân 040 123 4567.',
    invalidDate: 'Adde vuoigâd peivimeeri, ovdâmerkkân 24.11.2026.',
    invalidUrl: 'Čääli viärmádâhčujottâs, mii älgee https://.',
    invalidFormat: 'Tärhisti, et tiätu lii čallum vuoigâdávt.',
    unknownField: 'Taan tiäđu ij puáhtá vuorkkiđ. Sikko tom.',
    contactRequired: 'Adde puhelinnummeer teikkâ šleđgâpostâčujottâs.',
    otherReasonRequired: 'Muštâl uánihávt, mii eres suujâ lii.',
    consentRequired: 'Čujottâs puáhtá rähtiđ tuše olmooš lobijn. Tärhisti, et sun miettâd.',
    ageRequired: 'Adde šoddâmihe teikkâ ahe.',
    tooYoung: 'Pyereestvaljeemčujottâs lii ollâahasijd.',
    birthYearInFuture: 'Šoddâmihe ij puáhtá leđe puáttee äigist.',
    feedbackNeedsContact: 'Macâttâs puáhtá uážžuđ tuše, ko nommâ já ohtâvuotâtiätu láá adelum.',
    textRequired: 'Čääli teeksta uccemustáá ohtân kielân.',
    answerMissing: 'Vastid puoh čuáldusáid.',
    answerOutOfScale: 'Valje vástádâs vaihtoehtoin.',
    scoreMismatch: 'Čuoggáh iä heivii vástádâssáid. Vuorkkii vástádâsâid uđđâsist.',
    dateOrder: 'Tärhisti peivimeerij urnig.',
    closureMissing: 'Čääli nuuhâm suujâ já tiäđuid.',
    invalid: 'Tiäđuid ij pyehtim luuhâđ. Keččâl uđđâsist.',
  },
};
