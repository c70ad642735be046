/** Strings of `<linkki-participation>` (namespace `participation`); the statements are licensed data. */
export const fi = {
  explanation:
    'Luku 0–100 kuvaa osallisuuden kokemusta: kuulumista johonkin, tekemisen merkityksellisyyttä ja mahdollisuutta vaikuttaa. THL ei suosittele mittaria yksittäisen ihmisen arviointiin, joten tulos toimii keskustelun avaajana, ja sitä käytetään ryhmien ja toiminnan arviointiin.',
};
export type ParticipationStrings = { [K in keyof typeof fi]: string };
