/** Strings of `<linkki-swemwbs>` (namespace `swemwbs`); the statements themselves are licensed data. */
export const fi = {
  explanation:
    'Pisteet kertovat mielen hyvinvoinnista viimeisen kahden viikon aikana. Mitä suurempi luku, sitä parempi hyvinvointi. Muutos alusta loppuun kertoo enemmän kuin yksittäinen luku.',
};
/**
 * `instrumentTitle` and `instrumentInstructions`: the title line and instructions in a language that
 * has no validated translation of the statements (the Sami languages); the statements stay Finnish.
 */
export type SwemwbsStrings = { [K in keyof typeof fi]: string } & { instrumentTitle?: string; instrumentInstructions?: string };
