/**
 * A translation object for a language with a dual (Northern, Inari and Skolt Sami):
 * `Intl.PluralRules` gives `two` for 2, so every counted `…_other` key also needs `…_two`.
 */
export type WithDual<T> = { [K in keyof T]: T[K] extends string ? string : WithDual<T[K]> } & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_two` : never]: string;
};
