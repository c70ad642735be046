import type { Language } from './lists.js';

/**
 * The 21 municipalities of Lapland (maakunta 19) with Statistics Finland's municipality codes and
 * names. Kept NFC-normalised. Sources, checked 2026-12 (see the review
 * ../shared/reviews/sami-and-swedish-strings-2026-12.md §4 and the README):
 * - Codes and Swedish names: Statistics Finland's municipality classification (kunta), as carried
 *   with its codes by the LIPAS sports-facility register (lipas-liikuntapaikat/lipas,
 *   webapp/src/cljc/lipas/data/cities.cljc); all 21 match.
 * - Sami names only for the four municipalities of the Sami homeland named in the Sami Language Act
 *   (saamen kielilaki 1086/2003): Enontekiö, Inari, Sodankylä, Utsjoki. Inari in all three Sami
 *   languages (Aanaar smn, Aanar sms, Anár se) and Enare: Institute for the Languages of Finland
 *   (Kotus), Kielikello, "Monikielinen Inari" (kielikello.fi/monikielinen-inari), which names these
 *   as the official variants; Inari is the only municipality where all three Sami languages are
 *   official (Kielikello, "Saamenkieliset paikannimet Suomessa"). Eanodat: Kielikello, "Lapin
 *   pitäjien nimiä". Soađegilli and Ohcejohka: Suomalainen paikannimikirja (Kotus publication 146,
 *   2007) and the giellalt lang-sme place-name lexicon (sme-propernouns.lexc). Inari and Skolt Sami
 *   forms of Enontekiö, Sodankylä and Utsjoki exist in the lexicons (e.g. smn Suáđigil, Uccjuuhâ) but
 *   have no official status, so those languages show the Finnish name.
 */
export interface Municipality {
  /** Statistics Finland municipality code, three digits, e.g. '758'. */
  code: string;
  /** Official names; `fi` always, others only where an official form exists. */
  name: { fi: string } & Partial<Record<Exclude<Language, 'fi'>, string>>;
}

export const LAPLAND_MUNICIPALITIES = [
  { code: '047', name: { fi: 'Enontekiö', sv: 'Enontekis', se: 'Eanodat' } },
  { code: '148', name: { fi: 'Inari', sv: 'Enare', se: 'Anár', smn: 'Aanaar', sms: 'Aanar' } },
  { code: '240', name: { fi: 'Kemi', sv: 'Kemi' } },
  { code: '320', name: { fi: 'Kemijärvi', sv: 'Kemijärvi' } },
  { code: '241', name: { fi: 'Keminmaa', sv: 'Keminmaa' } },
  { code: '261', name: { fi: 'Kittilä', sv: 'Kittilä' } },
  { code: '273', name: { fi: 'Kolari', sv: 'Kolari' } },
  { code: '498', name: { fi: 'Muonio', sv: 'Muonio' } },
  { code: '583', name: { fi: 'Pelkosenniemi', sv: 'Pelkosenniemi' } },
  { code: '854', name: { fi: 'Pello', sv: 'Pello' } },
  { code: '614', name: { fi: 'Posio', sv: 'Posio' } },
  { code: '683', name: { fi: 'Ranua', sv: 'Ranua' } },
  { code: '698', name: { fi: 'Rovaniemi', sv: 'Rovaniemi' } },
  { code: '732', name: { fi: 'Salla', sv: 'Salla' } },
  { code: '742', name: { fi: 'Savukoski', sv: 'Savukoski' } },
  { code: '751', name: { fi: 'Simo', sv: 'Simo' } },
  { code: '758', name: { fi: 'Sodankylä', sv: 'Sodankylä', se: 'Soađegilli' } },
  { code: '845', name: { fi: 'Tervola', sv: 'Tervola' } },
  { code: '851', name: { fi: 'Tornio', sv: 'Torneå' } },
  { code: '890', name: { fi: 'Utsjoki', sv: 'Utsjoki', se: 'Ohcejohka' } },
  { code: '976', name: { fi: 'Ylitornio', sv: 'Övertorneå' } },
] as const satisfies readonly Municipality[];

export type MunicipalityCode = (typeof LAPLAND_MUNICIPALITIES)[number]['code'];
export const MUNICIPALITY_CODES = LAPLAND_MUNICIPALITIES.map((m) => m.code) as MunicipalityCode[];
