import type { CommonStrings } from './fi.js';

/** Sami has a dual: `Intl.PluralRules` gives `two` for 2, so every counted `…_other` key also needs `…_two`. */
type WithDual<T> = { [K in keyof T]: T[K] extends string ? string : WithDual<T[K]> } & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_two` : never]: string;
};

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: WithDual<CommonStrings> = {
  errorPrefix: 'Vââʹǩǩ:',
  optional: '(jiõččvääldlaž)',
  errorSummary: {
    title_one: 'Pueʹrred tän čuõkk',
    title_two: 'Pueʹrred täid {{count}} čuõkk',
    title_other: 'Pueʹrred täid {{count}} čuõkk',
  },
  issues: {
    required: 'Tieʹvd tän čuõkk.',
    invalidType: 'Tarkkâst tän čuõkk.',
    invalidOption: 'Vaʹlljed õhtt vaʹlljemnääʹlin.',
    tooShort: 'Ǩeeʹrjet ucceeʹmus {{minimum}} mieʹrǩǩ.',
    tooLong: 'Ǩeeʹrjet jeänmõsân {{maximum}} mieʹrǩǩ.',
    tooSmall: 'Uʹvdd looǥǥ, kååʹtt lij ucceeʹmus {{minimum}}.',
    tooBig: 'Uʹvdd looǥǥ, kååʹtt lij jeänmõsân {{maximum}}.',
    tooFew: 'Vaʹlljed ucceeʹmus {{minimum}}.',
    tooMany: 'Vaʹlljed jeänmõsân {{maximum}}.',
    notInteger: 'Uʹvdd obb looǥǥ.',
    notUnique: 'Seämma vaʹlljummuš lij mieʹldd kuõʹhtt vuâra. Jaukkâd nuʹbb.',
    invalidEmail: 'Ǩeeʹrjet neʹttpååʹšt-addrees nåkam: nõmm@vuõđđmieʹrǩǩ.fi.',
    invalidPhone: 'Ǩeeʹrjet telefonnââmar looǥǥivuiʹm, vuõđđmieʹrǩǩen 040 123 4567.',
    invalidDate: 'Uʹvdd vuõiggâd peiʹvmieʹrr, vuõđđmieʹrǩǩen 24.11.2026.',
    invalidUrl: 'Ǩeeʹrjet neʹttaddrees, kååʹtt älgg https://.',
    invalidFormat: 'Tarkkâst, što teâtt lij ǩeeʹrjtum vuõiggâd nääʹlin.',
    unknownField: 'Tän teâđ ij vueʹjj vuõrkkeed. Jaukkâd tõn.',
    contactRequired: 'Uʹvdd telefonnââmar leʹbe neʹttpååʹšt-addrees.',
    otherReasonRequired: 'Maainast åʹnnjeld, mii nuʹbb määinn lij.',
    consentRequired: 'Õhjjõõzz vuäitt raajjâd pâi ooumže looʹbin. Tarkkâst, što son mieʹttad.',
    ageRequired: 'Uʹvdd šõddâmeeʹǩǩ leʹbe ååʹbdõõzz.',
    tooYoung: 'Pueʹrrvääjjamõhjjõs lij šuurab oummuid.',
    birthYearInFuture: 'Šõddâmeeʹǩǩ ij vueʹjj leeʹd pueʹtti äiʹǧǧest.',
    feedbackNeedsContact: 'Vuäʹstteem vuäitt vuäžžad pâi, ko nõmm da õhttvuõttteâtt lie vuäʹlddum.',
    textRequired: 'Ǩeeʹrjet teeʹkst ucceeʹmus õhtt ǩiõʹlle.',
    answerMissing: 'Vaʹstted puk ǩeeʹrjtõõzzid.',
    answerOutOfScale: 'Vaʹlljed vaʹstte vaʹlljemnääʹlin.',
    scoreMismatch: 'Čuõkk jie sõõbâd vaʹsttõõzzid. Vuõrkkâd vaʹsttõõzz ođđest.',
    dateOrder: 'Tarkkâst peiʹvmeäʹri ortt.',
    closureMissing: 'Ǩeeʹrjet looppâm määinn da teâđaid.',
    invalid: 'Teâđaid ij vuäittam looʹǥǥeed. Ǩeäčča ođđest.',
  },
};
