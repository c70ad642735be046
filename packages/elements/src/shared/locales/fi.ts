import type { IssueCode } from '@linkki/schema';

/** Strings shared by every element (namespace `common`). Finnish is the source language. */
export const fi = {
  errorPrefix: 'Virhe:',
  optional: '(vapaaehtoinen)',
  errorSummary: {
    title_one: 'Korjaa tämä kohta',
    title_other: 'Korjaa nämä {{count}} kohtaa',
  },
  /** Messages for `@linkki/schema` issue codes; elements may give a field-specific one instead. */
  issues: {
    required: 'Täytä tämä kohta.',
    invalidType: 'Tarkista tämä kohta.',
    invalidOption: 'Valitse jokin annetuista vaihtoehdoista.',
    tooShort: 'Kirjoita vähintään {{minimum}} merkkiä.',
    tooLong: 'Kirjoita enintään {{maximum}} merkkiä.',
    tooSmall: 'Anna luku, joka on vähintään {{minimum}}.',
    tooBig: 'Anna luku, joka on enintään {{maximum}}.',
    tooFew: 'Valitse vähintään {{minimum}}.',
    tooMany: 'Valitse enintään {{maximum}}.',
    notInteger: 'Anna kokonaisluku ilman desimaaleja.',
    notUnique: 'Sama valinta on mukana kahdesti. Poista toinen.',
    invalidEmail: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
    invalidPhone: 'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567.',
    invalidDate: 'Anna oikea päivämäärä, esimerkiksi 24.11.2026.',
    invalidUrl: 'Kirjoita verkko-osoite, joka alkaa https://.',
    invalidFormat: 'Tarkista, että tieto on kirjoitettu oikeassa muodossa.',
    unknownField: 'Tätä tietoa ei voi tallentaa. Poista se.',
    contactRequired: 'Anna puhelinnumero tai sähköpostiosoite.',
    otherReasonRequired: 'Kerro lyhyesti, mikä muu syy on.',
    consentRequired: 'Lähetteen voi tehdä vain henkilön luvalla. Varmista, että hän suostuu.',
    ageRequired: 'Anna syntymävuosi tai ikä.',
    tooYoung: 'Hyvinvointilähete on tarkoitettu täysi-ikäisille.',
    birthYearInFuture: 'Syntymävuosi ei voi olla tulevaisuudessa.',
    feedbackNeedsContact: 'Palautteen saa vain, jos nimi ja yhteystieto on annettu.',
    textRequired: 'Kirjoita teksti ainakin yhdellä kielellä.',
    answerMissing: 'Vastaa kaikkiin väittämiin.',
    answerOutOfScale: 'Valitse vastaus annetuista vaihtoehdoista.',
    scoreMismatch: 'Pisteet eivät vastaa vastauksia. Tallenna vastaukset uudelleen.',
    dateOrder: 'Tarkista päivämäärien järjestys.',
    closureMissing: 'Kirjaa päättymisen syy ja tiedot.',
    whyEndedRequired: 'Valitse, miksi työskentely keskeytyi tai ei alkanut.',
    feedbackRequired: 'Kirjoita palaute, jonka lähetteen tekijä saa, tai poista suostumus.',
    invalid: 'Tietoja ei voitu lukea. Yritä uudelleen.',
  } satisfies Record<IssueCode, string>,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every translation of the common strings must have. */
export type CommonStrings = Widen<typeof fi>;
