import type { TimelineEditStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: TimelineEditStrings = {
  forms: {
    meeting: 'Uđđâ čuákkim',
    note: 'Uđđâ merkkâšume',
    activity: 'Keččâllum toimâ',
    goals: 'UNTRANSLATED Henkilön omat tavoitteet',
    goalsIntro: 'UNTRANSLATED Kirjoita tavoitteet niin kuin henkilö itse ne sanoo. Yksi tavoite riville.',
    period: 'UNTRANSLATED Yhteistyöjakson pituus',
    periodIntro: 'UNTRANSLATED Yhteistyö kestää tavallisesti kuusi kuukautta. Jos jakso on sovittu lyhyemmäksi tai pidemmäksi, kirjaa uusi päättymispäivä ja syy.',
    needs: 'UNTRANSLATED Esteet ja puuttuvat palvelut',
    needsIntro: 'UNTRANSLATED Kirjaa, mikä esti osallistumista ja mitä toimintaa tai tukea puuttui. Tiedot kootaan kunnalle ilman nimiä.',
    close: 'Aašâ nohâm',
    closeIntro: 'Čääli, mon ovtâstpargo nuuvâi. Čuávvummittedem rahtoo kulmâ mánuppaje maŋa.',
    everydayTitle: 'UNTRANSLATED Mitä henkilön arkeen tuli',
    askPersonTitle: 'UNTRANSLATED Kysy henkilöltä itseltään',
    askPersonIntro: 'UNTRANSLATED Lue kysymykset henkilölle ääneen tai anna laite hänelle. Kirjaa hänen oma vastauksensa, älä omaa arviotasi. Jos hän ei halua vastata, valitse ”Ei halunnut vastata”.',
    feedbackTitle: 'UNTRANSLATED Palaute lähetteen tekijälle'
  },
  fields: {
    date: {
      label: 'Peivimeeri',
      hint: 'Ovdâmerkkân 24.11.2026'
    },
    place: {
      label: 'Kost čuákkijeid'
    },
    duration: {
      label: 'Kuhâdâh minuuttâin'
    },
    kilometres: {
      label: 'UNTRANSLATED Ajetut kilometrit',
      label_close: 'UNTRANSLATED Kilometrit yhteensä',
      hint: 'UNTRANSLATED Kokonaislukuna, esimerkiksi 24'
    },
    note: {
      label: 'Merkkâšume',
      hint: 'Čääli tuše tom, mii viehâd maŋeláá. Ele čääli tiervâsvuođâtiäđuid.'
    },
    text: {
      label: 'Merkkâšume',
      hint: 'Čääli tuše tom, mii viehâd maŋeláá. Ele čääli tiervâsvuođâtiäđuid.'
    },
    activityName: {
      label: 'Toimâ nommâ',
      hint: 'Čääli noomâ teikkâ valje evttohusâin'
    },
    joined: {
      label: 'Olmooš paccij toimân'
    },
    goals: {
      label: 'UNTRANSLATED Tavoitteet',
      hint: 'UNTRANSLATED Yksi tavoite riville, esimerkiksi: Haluan käydä kuorossa.'
    },
    until: {
      label: 'UNTRANSLATED Jakso päättyy',
      hint: 'UNTRANSLATED Kuusi kuukautta täyttyy {{date}}.',
      hint_none: 'UNTRANSLATED Esimerkiksi 24.5.2027'
    },
    periodReason: {
      label: 'UNTRANSLATED Miksi jakso on eri pituinen',
      hint: 'UNTRANSLATED Pakollinen, jos päättymispäivä on eri kuin kuuden kuukauden kohdalla.'
    },
    barriers: {
      label: 'UNTRANSLATED Mikä esti osallistumista'
    },
    unmetNeeds: {
      label: 'UNTRANSLATED Mitä puuttui'
    },
    needsText: {
      label: 'UNTRANSLATED Kerro omin sanoin'
    },
    endingReason: {
      label: 'Nohâm suijâ'
    },
    whyEnded: {
      label: 'UNTRANSLATED Mistä syystä?'
    },
    whyEndedText: {
      label: 'UNTRANSLATED Kerro tarkemmin'
    },
    meetings: {
      label: 'Čuákkimij meeri'
    },
    hoursLinkWorker: {
      label: 'UNTRANSLATED Linkkihenkilön käyttämä aika tunteina',
      hint: 'UNTRANSLATED Neljännestunnin tarkkuudella, esimerkiksi 1,5 tai 2,25'
    },
    hoursCoordinator: {
      label: 'UNTRANSLATED Koordinaattorin käyttämä aika tunteina',
      hint: 'UNTRANSLATED Neljännestunnin tarkkuudella, esimerkiksi 1,5 tai 2,25'
    },
    recommend: {
      label: 'UNTRANSLATED Suosittelisitko hyvinvointilähetettä muille?'
    },
    wellbeingStrengthened: {
      label: 'UNTRANSLATED Koen hyvinvointini vahvistuneen hyvinvointilähetteestä seuranneiden asioiden johdosta'
    },
    swemwbs: {
      hint: 'UNTRANSLATED Hyvinvointikysely lopussa. Jos henkilö ei halua vastata nyt, jätä kysely tyhjäksi.'
    },
    whatCameIn: {
      label: 'UNTRANSLATED Kerro omin sanoin'
    },
    activitiesJoined: {
      label: 'UNTRANSLATED Toiminnat, joihin henkilö jäi mukaan'
    },
    continuing: {
      label: 'UNTRANSLATED Miten henkilö jatkaa'
    },
    feedbackToReferrer: {
      label: 'Macâttâs čujottâs rähtee',
      hint: 'UNTRANSLATED Lyhyesti, miten yhteistyö meni. Älä kirjaa terveystietoja.'
    },
    feedbackConsent: {
      label: 'UNTRANSLATED Henkilö on antanut luvan kertoa tämän palautteen lähetteen tekijälle',
      hint: 'UNTRANSLATED Ilman lupaa palaute jää vain asiakkuuden tietoihin, eikä lähetteen tekijä näe sitä.'
    }
  },
  errors: {
    date: {
      required: 'Adde peivimeeri.',
      invalidDate: 'Adde vuoigâd peivimeeri, ovdâmerkkân 24.11.2026.'
    },
    place: {
      required: 'Valje, kost čuákkijeid.'
    },
    duration: {
      notInteger: 'Adde kuhâdâh olles minuuttâin, ovdâmerkkân 45.',
      tooSmall: 'Adde kuhâdâh minuuttâin, uccemustáá 1.',
      tooBig: 'Adde kuhâdâh minuuttâin, eenâmustáá 1440.'
    },
    kilometres: {
      notInteger: 'UNTRANSLATED Anna kilometrit kokonaislukuna, esimerkiksi 24.',
      tooBig: 'UNTRANSLATED Tarkista kilometrit: enintään {{maximum}}.'
    },
    text: {
      required: 'Čääli merkkâšume.'
    },
    activityName: {
      required: 'Čääli toimâ noomâ.'
    },
    goals: {
      required: 'UNTRANSLATED Kirjoita ainakin yksi tavoite.',
      tooMany: 'UNTRANSLATED Kirjaa enintään 20 tavoitetta.',
      tooLong: 'UNTRANSLATED Kirjoita jokainen tavoite lyhyesti, enintään {{maximum}} merkkiä riville.'
    },
    until: {
      required: 'UNTRANSLATED Anna päivä, jolloin jakso päättyy.',
      invalidDate: 'UNTRANSLATED Anna oikea päivämäärä, esimerkiksi 24.5.2027.',
      dateOrder: 'UNTRANSLATED Jakson pitää päättyä sen alkamisen jälkeen.'
    },
    periodReason: {
      required: 'UNTRANSLATED Kerro, miksi jakso on eri pituinen kuin kuusi kuukautta.'
    },
    barriers: {
      required: 'UNTRANSLATED Valitse ainakin yksi este tai puuttuva asia, tai kerro omin sanoin.'
    },
    endingReason: {
      required: 'Valje nohâm suujâ.'
    },
    whyEnded: {
      required: 'UNTRANSLATED Valitse, mistä syystä.',
      whyEndedRequired: 'UNTRANSLATED Valitse, mistä syystä yhteistyö keskeytyi tai ei alkanut.'
    },
    meetings: {
      required: 'Adde čuákkimij meeri, meiddei 0.',
      notInteger: 'Adde čuákkimij meeri ollesloovoin.',
      tooSmall: 'Čuákkimij meeri ij puáhtá leđe negatiivlâš.'
    },
    hoursLinkWorker: {
      notInteger: 'UNTRANSLATED Anna tunnit numerona neljännestunnin tarkkuudella, esimerkiksi 1,5.',
      tooBig: 'UNTRANSLATED Tarkista tunnit: enintään {{maximum}}.'
    },
    hoursCoordinator: {
      notInteger: 'UNTRANSLATED Anna tunnit numerona neljännestunnin tarkkuudella, esimerkiksi 1,5.',
      tooBig: 'UNTRANSLATED Tarkista tunnit: enintään {{maximum}}.'
    },
    swemwbs: {
      answerMissing: 'UNTRANSLATED Kaikkiin väittämiin ei ole vastattu. Vastaa loppuihin tai poista vastaukset, jos henkilö ei halua vastata.'
    },
    feedbackToReferrer: {
      feedbackRequired: 'UNTRANSLATED Kirjoita palaute, jonka lähetteen tekijä saa, tai poista rasti luvasta.'
    }
  },
  actions: {
    addMeeting: 'Laset teivâdem',
    addNote: 'Laset muuštonmerkkim',
    recordActivity: 'Čääli keččâllum toimâ',
    setGoals: 'UNTRANSLATED Kirjaa tavoitteet',
    agreePeriod: 'UNTRANSLATED Muuta jakson pituutta',
    recordNeeds: 'UNTRANSLATED Kirjaa esteet ja puutteet',
    close: 'Lopât aašâ',
    save: 'Vuorkkii',
    saveClose: 'Lopât aašâ',
    cancel: 'Šludde',
    clearSwemwbs: 'UNTRANSLATED Poista kyselyn vastaukset',
    retryNow: 'UNTRANSLATED Yritä nyt'
  },
  status: {
    sending: 'UNTRANSLATED Tallennetaan…',
    retrying: 'UNTRANSLATED Tallennus ei onnistunut, koska yhteys ei toimi. Yritetään uudelleen ({{seconds}} s).',
    gaveUp: 'UNTRANSLATED Tallennus ei vielä onnistunut. Tiedot ovat tallessa tällä laitteella ja lähtevät, kun yhteys toimii. Voit myös yrittää nyt.',
    resumed: 'UNTRANSLATED Aiemmin tallentamatta jäänyt kirjaus lähetetään nyt.',
    locked: 'UNTRANSLATED Lomaketta ei voi muuttaa tallennuksen aikana.',
    rejected: 'UNTRANSLATED Palvelu ei hyväksynyt tietoja. Korjaa merkityt kohdat.',
    rejectedUnknown: 'UNTRANSLATED Palvelu ei hyväksynyt tallennusta (virhe {{status}}). Tiedot ovat yhä lomakkeella.',
    unauthorized: 'UNTRANSLATED Tallennus ei onnistunut, koska kirjautuminen on vanhentunut. Kirjaudu uudelleen ja tallenna sitten. Tiedot ovat yhä lomakkeella.',
    notFound: 'UNTRANSLATED Tallennus ei onnistunut: asiakkuutta ei löydy tai sinulla ei ole enää oikeutta siihen. Tiedot ovat yhä lomakkeella.',
    conflict: 'UNTRANSLATED Tämä kirjaus on jo tallennettu eri tiedoin. Tarkista tapahtumat. Voit tallentaa lomakkeen uutena kirjauksena.'
  },
  saved: {
    added: 'Merkkâšume lasettui.',
    declined: 'Merkkâšume ij vuorkkum. Tiäđuh láá vala lomaakist.'
  }
};
