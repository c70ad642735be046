import type { StatusStrings } from './fi.js';

// Inari Sami: not translated yet. The Finnish text is marked "UNTRANSLATED " so the translator finds it.
export const smn: StatusStrings = {
  title: 'UNTRANSLATED Hyvinvointilähetteen vaihe',
  intro: 'UNTRANSLATED Tästä näet, missä vaiheessa lähete on. Henkilön omia tietoja ei näytetä.',
  reference: 'UNTRANSLATED Viite: {{reference}}',
  loading: 'UNTRANSLATED Haetaan tietoja…',
  steps: {
    label: 'UNTRANSLATED Lähetteen vaiheet',
    received: 'UNTRANSLATED Vastaanotettu',
    routed: 'UNTRANSLATED Ohjattu eteenpäin',
    closed: 'UNTRANSLATED Päättynyt',
    notYet: 'UNTRANSLATED Ei vielä',
  },
  feedback: {
    title: 'UNTRANSLATED Palaute lähetteen tekijälle',
  },
  missing: {
    title: 'UNTRANSLATED Linkki on vajaa',
    body: 'UNTRANSLATED Osoitteesta puuttuu osa. Avaa linkki uudelleen kokonaisena, sellaisena kuin sait sen.',
  },
  notFound: {
    title: 'UNTRANSLATED Linkki ei ole käytössä',
    body: 'UNTRANSLATED Linkki ei ole käytössä. Se on ehkä poistettu käytöstä, tai osoitteesta puuttuu osa.',
    help: 'UNTRANSLATED Jos haluat tietää, miten lähete etenee, kysy lähetteen tekijältä.',
  },
  revoked: {
    title: 'UNTRANSLATED Linkki on poistettu käytöstä',
    body: 'UNTRANSLATED Kukaan ei enää näe lähetteen vaihetta tällä linkillä.',
  },
  error: {
    title: 'UNTRANSLATED Tietoja ei saatu',
    offline: 'UNTRANSLATED Yhteys ei juuri nyt toimi. Tarkista, että laite on verkossa, ja yritä uudelleen.',
    busy: 'UNTRANSLATED Linkkiä on yritetty avata monta kertaa. Odota minuutti ja yritä uudelleen.',
    server: 'UNTRANSLATED Palvelu ei juuri nyt vastaa. Yritä hetken kuluttua uudelleen.',
    invalid: 'UNTRANSLATED Tietoja ei voitu näyttää. Yritä myöhemmin uudelleen.',
  },
  revoke: {
    about: 'UNTRANSLATED Kuka tahansa, jolla on tämä linkki, näkee lähetteen vaiheen ja palautteen. Jos et enää tarvitse linkkiä, voit poistaa sen käytöstä.',
    question: 'UNTRANSLATED Poistetaanko linkki käytöstä? Sen jälkeen kukaan ei näe lähetteen vaihetta tällä linkillä. Poistoa ei voi perua.',
    removing: 'UNTRANSLATED Poistetaan…',
    failed: 'UNTRANSLATED Linkkiä ei saatu poistettua käytöstä. Yritä hetken kuluttua uudelleen.',
  },
  actions: {
    retry: 'UNTRANSLATED Yritä uudelleen',
    revoke: 'UNTRANSLATED Poista linkki käytöstä',
    revokeYes: 'UNTRANSLATED Kyllä, poista linkki',
    revokeNo: 'UNTRANSLATED Peruuta',
  },
};
