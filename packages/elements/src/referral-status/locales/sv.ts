import type { StatusStrings } from './fi.js';

export const sv: StatusStrings = {
  title: 'Välmåenderemissens skede',
  intro: 'Här ser du i vilket skede remissen är. Personens egna uppgifter visas inte.',
  reference: 'Referens: {{reference}}',
  loading: 'Uppgifterna hämtas…',
  steps: {
    label: 'Remissens skeden',
    received: 'Mottagen',
    routed: 'Skickad vidare',
    closed: 'Avslutad',
    notYet: 'Inte ännu',
  },
  feedback: {
    title: 'Respons till den som gjorde remissen',
  },
  missing: {
    title: 'Länken är ofullständig',
    body: 'En del av adressen saknas. Öppna länken på nytt i sin helhet, så som du fick den.',
  },
  notFound: {
    title: 'Länken används inte',
    body: 'Länken används inte. Den har kanske tagits ur bruk, eller så saknas en del av adressen.',
    help: 'Om du vill veta hur remissen framskrider, fråga den som gjorde remissen.',
  },
  revoked: {
    title: 'Länken har tagits ur bruk',
    body: 'Ingen kan längre se remissens skede med den här länken.',
  },
  error: {
    title: 'Uppgifterna kunde inte hämtas',
    offline: 'Förbindelsen fungerar inte just nu. Kontrollera att enheten är ansluten till nätet och försök igen.',
    busy: 'Länken har öppnats många gånger. Vänta en minut och försök igen.',
    server: 'Tjänsten svarar inte just nu. Försök igen om en stund.',
    invalid: 'Uppgifterna kunde inte visas. Försök igen senare.',
  },
  revoke: {
    about: 'Vem som helst som har den här länken ser remissens skede och responsen. Om du inte längre behöver länken kan du ta den ur bruk.',
    question: 'Vill du ta länken ur bruk? Efter det kan ingen se remissens skede med den här länken. Det går inte att ångra.',
    removing: 'Länken tas ur bruk…',
    failed: 'Länken kunde inte tas ur bruk. Försök igen om en stund.',
  },
  actions: {
    retry: 'Försök igen',
    revoke: 'Ta länken ur bruk',
    revokeYes: 'Ja, ta länken ur bruk',
    revokeNo: 'Avbryt',
  },
};
