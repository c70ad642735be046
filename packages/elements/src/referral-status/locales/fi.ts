/**
 * Strings of `<linkki-referral-status>` (namespace `status`). Read by the referrer or by the person
 * herself, often over 70: plain words, no service jargon, nothing that looks like a health service.
 */
export const fi = {
  title: 'Hyvinvointilähetteen vaihe',
  intro: 'Tästä näet, missä vaiheessa lähete on. Henkilön omia tietoja ei näytetä.',
  reference: 'Viite: {{reference}}',
  loading: 'Haetaan tietoja…',
  steps: {
    label: 'Lähetteen vaiheet',
    received: 'Vastaanotettu',
    routed: 'Ohjattu eteenpäin',
    closed: 'Päättynyt',
    notYet: 'Ei vielä',
  },
  feedback: {
    title: 'Palaute lähetteen tekijälle',
  },
  missing: {
    title: 'Linkki on vajaa',
    body: 'Osoitteesta puuttuu osa. Avaa linkki uudelleen kokonaisena, sellaisena kuin sait sen.',
  },
  notFound: {
    title: 'Linkki ei ole käytössä',
    body: 'Linkki ei ole käytössä. Se on ehkä poistettu käytöstä, tai osoitteesta puuttuu osa.',
    help: 'Jos haluat tietää, miten lähete etenee, kysy lähetteen tekijältä.',
  },
  revoked: {
    title: 'Linkki on poistettu käytöstä',
    body: 'Kukaan ei enää näe lähetteen vaihetta tällä linkillä.',
  },
  error: {
    title: 'Tietoja ei saatu',
    offline: 'Yhteys ei juuri nyt toimi. Tarkista, että laite on verkossa, ja yritä uudelleen.',
    busy: 'Linkkiä on yritetty avata monta kertaa. Odota minuutti ja yritä uudelleen.',
    server: 'Palvelu ei juuri nyt vastaa. Yritä hetken kuluttua uudelleen.',
    invalid: 'Tietoja ei voitu näyttää. Yritä myöhemmin uudelleen.',
  },
  revoke: {
    about: 'Kuka tahansa, jolla on tämä linkki, näkee lähetteen vaiheen ja palautteen. Jos et enää tarvitse linkkiä, voit poistaa sen käytöstä.',
    question: 'Poistetaanko linkki käytöstä? Sen jälkeen kukaan ei näe lähetteen vaihetta tällä linkillä. Poistoa ei voi perua.',
    removing: 'Poistetaan…',
    failed: 'Linkkiä ei saatu poistettua käytöstä. Yritä hetken kuluttua uudelleen.',
  },
  actions: {
    retry: 'Yritä uudelleen',
    revoke: 'Poista linkki käytöstä',
    revokeYes: 'Kyllä, poista linkki',
    revokeNo: 'Peruuta',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type StatusStrings = Widen<typeof fi>;
