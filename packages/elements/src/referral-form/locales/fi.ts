/**
 * Strings of `<linkki-referral-form>` (namespace `referral`). Keys ending in `_self` are the
 * self-referral ("you") wording; i18next picks them with `context: 'self'`.
 */
export const fi = {
  title: 'Hyvinvointilähete',
  title_self: 'Hae hyvinvointilähetettä',
  intro: 'Lähete ohjaa henkilön mieluisan tekemisen ja seuran pariin. Se on maksuton eikä korvaa sosiaali- tai terveyspalveluja.',
  intro_self: 'Voit hakea itse tukea mieluisan tekemisen ja seuran löytämiseen. Hyvinvointilähete on maksuton.',
  notEmergency: {
    title: 'Tämä ei ole kiireellinen apu.',
    body: 'Hyvinvointilähete ei ole terveyspalvelu. Hätätilanteessa soita 112. Jos tarvitset pian apua terveyteesi tai jaksamiseesi, ota yhteyttä omaan terveysasemaasi.',
  },
  sections: {
    referrer: 'Lähetteen tekijä',
    person: 'Henkilö, jolle lähete tehdään',
    person_self: 'Sinun tietosi',
    reasons: 'Miksi lähete tehdään',
    reasons_self: 'Mihin toivot tukea',
    consent: 'Suostumus',
  },
  referrerIdentified: 'Lähetteen tekijä: {{name}}, {{organisation}}',
  fields: {
    referrerType: { label: 'Työnantaja tai organisaatio' },
    referrerName: { label: 'Nimesi' },
    referrerOrganisation: { label: 'Työpaikka', hint: 'Esimerkiksi terveysaseman tai toimiston nimi' },
    referrerPhone: { label: 'Puhelinnumerosi' },
    referrerEmail: { label: 'Sähköpostiosoitteesi' },
    wantsFeedback: { label: 'Haluan palautteen siitä, miten lähete eteni' },
    name: { label: 'Nimi', label_self: 'Nimesi' },
    contact: { label: 'Yhteystiedot', hint: 'Anna puhelinnumero tai sähköpostiosoite, mieluiten puhelinnumero.', label_self: 'Miten sinuun saa yhteyden', hint_self: 'Anna puhelinnumero tai sähköpostiosoite. Sinulle soitetaan mieluiten.' },
    phone: { label: 'Puhelinnumero' },
    email: { label: 'Sähköpostiosoite' },
    birthYearOrAge: { label: 'Syntymävuosi tai ikä', hint: 'Esimerkiksi 1948 tai 77' },
    gender: { label: 'Sukupuoli', label_self: 'Sukupuolesi' },
    municipality: { label: 'Kotikunta', label_self: 'Kotikuntasi', choose: 'Valitse kunta' },
    language: { label: 'Millä kielellä palvelua toivotaan', label_self: 'Millä kielellä haluat palvelua' },
    reasons: { label: 'Syyt (voit valita useamman)', label_self: 'Valitse yksi tai useampi' },
    otherReason: { label: 'Mikä muu syy?', label_self: 'Kerro omin sanoin' },
    hopes: { label: 'Mitä henkilö toivoo', label_self: 'Mitä toivot', hint: 'Esimerkiksi seuraa, liikuntaa tai apua asioiden hoitamiseen' },
    consent: {
      label: 'Henkilö on antanut luvan lähetteeseen',
      label_self: 'Annan luvan käsitellä tietojani tätä hakemusta varten',
      hint: 'Koordinaattori ottaa yhteyttä henkilöön. Yhdessä mietitään, mikä toiminta sopisi, ja tarvittaessa mukaan tulee linkkihenkilö enintään kuudeksi kuukaudeksi. Tietoja käytetään vain tähän.',
      hint_self: 'Koordinaattori ottaa sinuun yhteyttä. Yhdessä mietitään, mikä toiminta sopisi sinulle. Tietojasi käytetään vain tähän.',
    },
    swemwbs: { label: 'Hyvinvoinnin mittaus alussa (vapaaehtoinen)' },
  },
  errors: {
    name: { required: 'Kirjoita henkilön nimi.', required_self: 'Kirjoita nimesi.' },
    phone: { invalidPhone: 'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567.' },
    contact: { contactRequired: 'Anna puhelinnumero tai sähköpostiosoite.' },
    birthYearOrAge: { ageRequired: 'Anna syntymävuosi tai ikä.', ageRequired_self: 'Anna syntymävuotesi tai ikäsi.', notInteger: 'Anna syntymävuosi tai ikä numeroina, esimerkiksi 1948 tai 77.' },
    municipality: { required: 'Valitse kotikunta.' },
    reasons: { required: 'Valitse ainakin yksi syy.', required_self: 'Valitse ainakin yksi asia.' },
    consent: { consentRequired: 'Lähetteen voi lähettää vain, kun henkilö on antanut luvan.', consentRequired_self: 'Lähettäminen vaatii luvan. Rastita kohta, jos annat luvan.' },
    referrerType: { required: 'Valitse työnantaja tai organisaatio.' },
  },
  actions: {
    submit: 'Lähetä lähete',
    submit_self: 'Lähetä hakemus',
    clear: 'Tyhjennä lomake',
    clearConfirm: 'Tyhjennetäänkö kaikki kirjoitettu?',
    clearYes: 'Kyllä, tyhjennä',
    clearNo: 'Peruuta',
    retryNow: 'Yritä nyt',
    newReferral: 'Tee uusi lähete',
    newReferral_self: 'Aloita alusta',
  },
  status: {
    draftRestored: 'Keskeneräiset tiedot palautettiin tältä laitteelta.',
    sending: 'Lähetetään…',
    retrying: 'Yhteys ei juuri nyt toimi. Tiedot ovat tallessa tällä laitteella, ja lähetystä yritetään uudelleen {{seconds}} sekunnin kuluttua. Voit jatkaa muokkaamista.',
    gaveUp: 'Lähetys ei onnistunut. Tiedot ovat tallessa tällä laitteella. Yritä myöhemmin uudelleen.',
    rejected: 'Vastaanottaja ei hyväksynyt lähetettä. Tarkista merkityt kohdat.',
    rejectedUnknown: 'Vastaanottaja ei hyväksynyt lähetettä (virhe {{status}}). Tiedot ovat tallessa. Ota yhteyttä sivun ylläpitäjään.',
    cleared: 'Lomake tyhjennettiin.',
  },
  confirmation: {
    title: 'Lähete on vastaanotettu',
    title_self: 'Hakemuksesi on vastaanotettu',
    reference: 'Viite: {{reference}}',
    next: 'Koordinaattori ottaa yhteyttä henkilöön.',
    next_self: 'Koordinaattori ottaa sinuun yhteyttä. Kiitos!',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReferralStrings = Widen<typeof fi>;
