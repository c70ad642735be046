import type { TimelineEditStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker. 25 strings are still in Finnish (no verified
// Skolt Sami word for 'save' and the period texts): listed in translation-status.json.
export const sms: TimelineEditStrings = {
  forms: {
    meeting: 'Ođđ suâpštõõllmõš',
    note: 'Ođđ mieʹrǩǩõs',
    activity: 'Ǩeeʹččum toimmjummuš',
    goals: 'Oummu jiijjâs õsttâm',
    goalsIntro: 'Kirjoita tavoitteet niin kuin henkilö itse ne sanoo. Yksi tavoite riville.',
    period: 'Yhteistyöjakson pituus',
    periodIntro: 'Yhteistyö kestää tavallisesti kuusi kuukautta. Jos jakso on sovittu lyhyemmäksi tai pidemmäksi, kirjaa uusi päättymispäivä ja syy.',
    needs: 'Cõgldõõzz da väjja kääzzkõõzz',
    needsIntro: 'Kirjaa, mikä esti osallistumista ja mitä toimintaa tai tukea puuttui. Tiedot kootaan kunnalle ilman nimiä.',
    close: 'Äʹšš pohttmõš',
    closeIntro: 'Ǩeeʹrjet, mäʹhtt õõutstuâjj pohtti. Čuõʹvvemmeâldummuš raajât kolmm mannu mâŋŋa.',
    everydayTitle: 'Mii puõʹtti oummu arggjieʹllma',
    askPersonTitle: 'Kõõjj njuõʹlǧǧeeʹl oummust',
    askPersonIntro: 'Lue kysymykset henkilölle ääneen tai anna laite hänelle. Kirjaa hänen oma vastauksensa, älä omaa arviotasi. Jos hän ei halua vastata, valitse ”Ei halunnut vastata”.',
    feedbackTitle: 'Maacctõs õhjjõõzz raajjja'
  },
  fields: {
    date: {
      label: 'Peiʹvvmieʹrr',
      hint: 'Ouddmiârkkân 24.11.2026'
    },
    place: {
      label: 'Koʹst suâpštõõlli'
    },
    duration: {
      label: 'Kuuʹǩǩes minuuttâin'
    },
    kilometres: {
      label: 'Ajetut kilometrit',
      label_close: 'Ǩilomettar õhttsa',
      hint: 'Obb lååkkan, ouddmiârkkân 24'
    },
    note: {
      label: 'Mieʹrǩǩõs',
      hint: 'Ǩeeʹrjet pâi tõn, mii veäʹǩǩat mâŋŋa. Jeäʹl ǩeeʹrjet tiõrvâsvuõttteâđaid.'
    },
    text: {
      label: 'Mieʹrǩǩõs',
      hint: 'Ǩeeʹrjet pâi tõn, mii veäʹǩǩat mâŋŋa. Jeäʹl ǩeeʹrjet tiõrvâsvuõttteâđaid.'
    },
    activityName: {
      label: 'Toimmjummuž nõmm',
      hint: 'Ǩeeʹrjet nõõm leʹbe vaʹlljed evttõõzzin'
    },
    joined: {
      label: 'Ooumaž kuâđđji tuåimmjumuužže'
    },
    goals: {
      label: 'Õsttâm',
      hint: 'Yksi tavoite riville, esimerkiksi: Haluan käydä kuorossa.'
    },
    until: {
      label: 'Äiʹǧǧ poott',
      hint: 'Kutt mannu: {{date}} räjja.',
      hint_none: 'Ouddmiârkkân 24.5.2027'
    },
    periodReason: {
      label: 'Mõõzz äiʹǧǧ ij leäkku kutt mannu',
      hint: 'Pakollinen, jos päättymispäivä on eri kuin kuuden kuukauden kohdalla.'
    },
    barriers: {
      label: 'Cõgldõõzz'
    },
    unmetNeeds: {
      label: 'Mii lij väjja'
    },
    needsText: {
      label: 'Maainâst jiijjâd sääʹnivuiʹm'
    },
    endingReason: {
      label: 'Pohttmõõžž vieʹrr'
    },
    whyEnded: {
      label: 'Mõõzz?'
    },
    whyEndedText: {
      label: 'Maainâst lââʹzz'
    },
    meetings: {
      label: 'Suâpštõõllmõõžži meâr'
    },
    hoursLinkWorker: {
      label: 'Liŋkkooumže âʹnnum äiʹǧǧ čiâssin',
      hint: 'Ouddmiârkkân 1,5 leʹbe 2,25'
    },
    hoursCoordinator: {
      label: 'Koordinaattor âʹnnum äiʹǧǧ čiâssin',
      hint: 'Ouddmiârkkân 1,5 leʹbe 2,25'
    },
    recommend: {
      label: 'Suosittelisitko hyvinvointilähetettä muille?'
    },
    wellbeingStrengthened: {
      label: 'Koen hyvinvointini vahvistuneen hyvinvointilähetteestä seuranneiden asioiden johdosta'
    },
    swemwbs: {
      hint: 'Hyvinvointikysely lopussa. Jos henkilö ei halua vastata nyt, jätä kysely tyhjäksi.'
    },
    whatCameIn: {
      label: 'Maainâst jiijjâd sääʹnivuiʹm'
    },
    activitiesJoined: {
      label: 'Toimmjummuš, koozz ooumaž kuâđji'
    },
    continuing: {
      label: 'Mäʹhtt ooumaž juätkk'
    },
    feedbackToReferrer: {
      label: 'Vuäʹstteem õhjjõõzz raajjja',
      hint: 'Vuäʹnkânji, mäʹhtt õhttsažtuâjj mõõni. Jeäʹl ǩeeʹrjet tiõrvâsvuõttteâđaid.'
    },
    feedbackConsent: {
      label: 'Ooumaž uuʹdi lååʹv mušttled tän maacctõõzz õhjjõõzz raajjja',
      hint: 'Aǥu lååʹpp ij leäkku, maacctõs lij pâi ääʹšš teâđain, ij-ǥa õhjjõõzz raajji vueiʹn tõn.'
    }
  },
  errors: {
    date: {
      required: 'Uuʹd peiʹvvmeäʹr.',
      invalidDate: 'Uuʹd vuõiʹgges peiʹvvmeäʹr, ouddmiârkkân 24.11.2026.'
    },
    place: {
      required: 'Vaʹlljed, koʹst suâpštõõlli.'
    },
    duration: {
      notInteger: 'Uuʹd kuuʹǩǩes obb minuuttâin, ouddmiârkkân 45.',
      tooSmall: 'Uuʹd kuuʹǩǩes minuuttâin, uuʹccmõsân 1.',
      tooBig: 'Uuʹd kuuʹǩǩes minuuttâin, jeäʹnmõsân 1440.'
    },
    kilometres: {
      notInteger: 'Uuʹd ǩilomettar obb lååkkan, ouddmiârkkân 24.',
      tooBig: 'Taaʹrǩest ǩilomettar: jeänmõsân {{maximum}}.'
    },
    text: {
      required: 'Ǩeeʹrjet mieʹrǩǩõõzz.'
    },
    activityName: {
      required: 'Ǩeeʹrjet toimmjummuž nõõm.'
    },
    goals: {
      required: 'Ǩeeʹrjet uuʹccmõsân õhtt õsttâm.',
      tooMany: 'Ǩeeʹrjet jeänmõsân 20 õsttâm.',
      tooLong: 'Kirjoita jokainen tavoite lyhyesti, enintään {{maximum}} merkkiä riville.'
    },
    until: {
      required: 'Uuʹd peeiʹv, ko äiʹǧǧ poott.',
      invalidDate: 'Uuʹd vuõiggâd peiʹvvmeäʹr, ouddmiârkkân 24.5.2027.',
      dateOrder: 'Jakson pitää päättyä sen alkamisen jälkeen.'
    },
    periodReason: {
      required: 'Maainâst, mõõzz äiʹǧǧ ij leäkku kutt mannu.'
    },
    barriers: {
      required: 'Vaʹlljed uuʹccmõsân õhtt cõgldõs leʹbe taarbâs, leʹbe maainâst jiijjâd sääʹnivuiʹm.'
    },
    endingReason: {
      required: 'Vaʹlljed pohttmõõžž veäʹr.'
    },
    whyEnded: {
      required: 'Vaʹlljed, mõõzz.',
      whyEndedRequired: 'Vaʹlljed, mõõzz õhttsažtuâjj čoorni leʹbe ij älggam.'
    },
    meetings: {
      required: 'Uuʹd suâpštõõllmõõžži meâr, še 0.',
      notInteger: 'Uuʹd suâpštõõllmõõžži meâr obb lååkkan.',
      tooSmall: 'Suâpštõõllmõõžži meâr ij vuäǯǯ leeʹd negatiivlaž.'
    },
    hoursLinkWorker: {
      notInteger: 'Uuʹd čiâssid lååǥǥaivuiʹm, ouddmiârkkân 1,5.',
      tooBig: 'Taaʹrǩest čiâssid: jeänmõsân {{maximum}}.'
    },
    hoursCoordinator: {
      notInteger: 'Uuʹd čiâssid lååǥǥaivuiʹm, ouddmiârkkân 1,5.',
      tooBig: 'Taaʹrǩest čiâssid: jeänmõsân {{maximum}}.'
    },
    swemwbs: {
      answerMissing: 'Puk näggtõõzzid ij leäkku vaʹsttuum. Vaʹstted jeeʹres näggtõõzzid leʹbe jaukkâd vasttõõzzid, aǥu ooumaž ij tååʹst vaʹstted.'
    },
    feedbackToReferrer: {
      feedbackRequired: 'Ǩeeʹrjet maacctõõzz õhjjõõzz raajjja leʹbe jaukkâd lååʹv.'
    }
  },
  actions: {
    addMeeting: 'Lââʹzzet kaaunõõttmõõžž',
    addNote: 'Lââʹzzet meârkkõõzz',
    recordActivity: 'Ǩeeʹrjet ǩiččlõttum toimmjummuž',
    setGoals: 'Ǩeeʹrjet õsttmid',
    agreePeriod: 'Muuta jakson pituutta',
    recordNeeds: 'Ǩeeʹrjet cõgldõõzzid da väjja kääzzkõõzzid',
    close: 'Looppât äʹšš',
    save: 'Ruõkk',
    saveClose: 'Looppât äʹšš',
    cancel: 'Jeäʹl ruõkk',
    clearSwemwbs: 'Jaukkâd kõõjjõõzz vasttõõzzid',
    retryNow: 'Ǩiččâl ââʹn'
  },
  status: {
    sending: 'Ruõkkât…',
    retrying: 'Teâđaid ij vuäittam ruõkkâd, ko õhttvuõtt ij tååim. Ǩiččlet oʹđđest ({{seconds}} s).',
    gaveUp: 'Tallennus ei vielä onnistunut. Tiedot ovat tallessa tällä laitteella ja lähtevät, kun yhteys toimii. Voit myös yrittää nyt.',
    resumed: 'Aiemmin tallentamatta jäänyt kirjaus lähetetään nyt.',
    locked: 'Lomaakk ij vueiʹt muʹtted, koon tõn ruõkkât.',
    rejected: 'Kääzzkõs ij priimmâm teâđaid. Koʹrjjed vââʹjjid.',
    rejectedUnknown: 'Palvelu ei hyväksynyt tallennusta (virhe {{status}}). Tiedot ovat yhä lomakkeella.',
    unauthorized: 'Tallennus ei onnistunut, koska kirjautuminen on vanhentunut. Kirjaudu uudelleen ja tallenna sitten. Tiedot ovat yhä lomakkeella.',
    notFound: 'Tallennus ei onnistunut: asiakkuutta ei löydy tai sinulla ei ole enää oikeutta siihen. Tiedot ovat yhä lomakkeella.',
    conflict: 'Tämä kirjaus on jo tallennettu eri tiedoin. Tarkista tapahtumat. Voit tallentaa lomakkeen uutena kirjauksena.'
  },
  saved: {
    added: 'Mieʹrǩǩõs lââʹzzteš.',
    declined: 'Mieʹrǩǩõs ij ruõkkuum. Teâđ liâ ââʹld blaŋkkâst.'
  }
};
