import type { TimelineEditStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: TimelineEditStrings = {
  forms: {
    meeting: 'Ođđa deaivvadeapmi',
    note: 'Ođđa notáhta',
    activity: 'Geahččaluvvon doaibma',
    goals: 'UNTRANSLATED Henkilön omat tavoitteet',
    goalsIntro: 'UNTRANSLATED Kirjoita tavoitteet niin kuin henkilö itse ne sanoo. Yksi tavoite riville.',
    period: 'UNTRANSLATED Yhteistyöjakson pituus',
    periodIntro: 'UNTRANSLATED Yhteistyö kestää tavallisesti kuusi kuukautta. Jos jakso on sovittu lyhyemmäksi tai pidemmäksi, kirjaa uusi päättymispäivä ja syy.',
    needs: 'UNTRANSLATED Esteet ja puuttuvat palvelut',
    needsIntro: 'UNTRANSLATED Kirjaa, mikä esti osallistumista ja mitä toimintaa tai tukea puuttui. Tiedot kootaan kunnalle ilman nimiä.',
    close: 'Ášši loahpaheapmi',
    closeIntro: 'Čális, mo ovttasbargu nohkkii. Čuovvunmihtideapmi dahkko golmma mánu geažes.',
    everydayTitle: 'UNTRANSLATED Mitä henkilön arkeen tuli',
    askPersonTitle: 'UNTRANSLATED Kysy henkilöltä itseltään',
    askPersonIntro: 'UNTRANSLATED Lue kysymykset henkilölle ääneen tai anna laite hänelle. Kirjaa hänen oma vastauksensa, älä omaa arviotasi. Jos hän ei halua vastata, valitse ”Ei halunnut vastata”.',
    feedbackTitle: 'UNTRANSLATED Palaute lähetteen tekijälle'
  },
  fields: {
    date: {
      label: 'Beaivemearri',
      hint: 'Omd. 24.11.2026'
    },
    place: {
      label: 'Gos deaivvadeigga'
    },
    duration: {
      label: 'Guhkkodat minuhtain'
    },
    kilometres: {
      label: 'UNTRANSLATED Ajetut kilometrit',
      label_close: 'UNTRANSLATED Kilometrit yhteensä',
      hint: 'UNTRANSLATED Kokonaislukuna, esimerkiksi 24'
    },
    note: {
      label: 'Notáhta',
      hint: 'Čális dušše dan, mii veahkeha maŋŋelis. Ale čális dearvvašvuođadieđuid.'
    },
    text: {
      label: 'Notáhta',
      hint: 'Čális dušše dan, mii veahkeha maŋŋelis. Ale čális dearvvašvuođadieđuid.'
    },
    activityName: {
      label: 'Doaimma namma',
      hint: 'Čális nama dahje vállje evttohusain'
    },
    joined: {
      label: 'Olmmoš bisui doaimmas'
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
      label: 'Loahpaheami sivva'
    },
    whyEnded: {
      label: 'UNTRANSLATED Mistä syystä?'
    },
    whyEndedText: {
      label: 'UNTRANSLATED Kerro tarkemmin'
    },
    meetings: {
      label: 'Deaivvademiid lohku'
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
      label: 'Máhcahat čujuhusa dahkkái',
      hint: 'UNTRANSLATED Lyhyesti, miten yhteistyö meni. Älä kirjaa terveystietoja.'
    },
    feedbackConsent: {
      label: 'UNTRANSLATED Henkilö on antanut luvan kertoa tämän palautteen lähetteen tekijälle',
      hint: 'UNTRANSLATED Ilman lupaa palaute jää vain asiakkuuden tietoihin, eikä lähetteen tekijä näe sitä.'
    }
  },
  errors: {
    date: {
      required: 'Atte beaivemeari.',
      invalidDate: 'Atte riekta beaivemeari, omd. 24.11.2026.'
    },
    place: {
      required: 'Vállje, gos deaivvadeigga.'
    },
    duration: {
      notInteger: 'Atte guhkkodaga ollis minuhtain, omd. 45.',
      tooSmall: 'Atte guhkkodaga minuhtain, unnimusat 1.',
      tooBig: 'Atte guhkkodaga minuhtain, eanemusat 1440.'
    },
    kilometres: {
      notInteger: 'UNTRANSLATED Anna kilometrit kokonaislukuna, esimerkiksi 24.',
      tooBig: 'UNTRANSLATED Tarkista kilometrit: enintään {{maximum}}.'
    },
    text: {
      required: 'Čális notáhta.'
    },
    activityName: {
      required: 'Čális doaimma nama.'
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
      required: 'Vállje loahpaheami siva.'
    },
    whyEnded: {
      required: 'UNTRANSLATED Valitse, mistä syystä.',
      whyEndedRequired: 'UNTRANSLATED Valitse, mistä syystä yhteistyö keskeytyi tai ei alkanut.'
    },
    meetings: {
      required: 'Atte deaivvademiid logu, maiddái 0.',
      notInteger: 'Atte deaivvademiid logu ollislohkun.',
      tooSmall: 'Deaivvademiid lohku ii sáhte leat negatiiva.'
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
    addMeeting: 'Lasit deaivvadeami',
    addNote: 'Lasit notáhta',
    recordActivity: 'Čális geahččaluvvon doaimma',
    setGoals: 'UNTRANSLATED Kirjaa tavoitteet',
    agreePeriod: 'UNTRANSLATED Muuta jakson pituutta',
    recordNeeds: 'UNTRANSLATED Kirjaa esteet ja puutteet',
    close: 'Loahpat ášši',
    save: 'Vurke',
    saveClose: 'Loahpat ášši',
    cancel: 'Šluhte',
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
    added: 'Čálus lasihuvvui.',
    declined: 'Čálus ii vurkejuvvon. Dieđut leat ain skovis.'
  }
};
