import type { TimelineEditStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: TimelineEditStrings = {
  forms: {
    meeting: 'Uđđâ čuákkim',
    note: 'Uđđâ merkkâšume',
    activity: 'Keččâllum toimâ',
    goals: 'Ulmuu jieijâs ulmeh',
    goalsIntro: 'Čääli uulmijd ulmuu jieijâs sanijguin. Ohtâ ulme ohtân rááiđun.',
    period: 'Ovtâstpargo paje kuhâdâh',
    periodIntro: 'Ovtâstpargo pištá tábálávt kuttâ mánuppaje. Jis paje lii soppum eres kuhâdâhân, čääli uđđâ nuuhâmpeeivi já suujâ.',
    needs: 'Estuuh já váiloo palvâlusah',
    needsIntro: 'Čääli, mii eestij uásálistem já mii toimâ teikkâ toorjâ vááilui. Tiäđuh vuolgâttuvvojeh kieldân nommâttáá.',
    close: 'Aašâ nohâm',
    closeIntro: 'Čääli, mon ovtâspargo nuuvâi. Čuávvummittedem rahtoo kulmâ mánuppaje maŋa.',
    everydayTitle: 'Mii poođij ulmuu aargân',
    askPersonTitle: 'Koijâd njuolgist ulmuust',
    askPersonIntro: 'Luuvâ koijâdmijd ulmui teikkâ adde piergâs sunjin. Čääli sun jieijâs vástádâs, ele tuu uáivil. Jis sun ij halijd västidiđ, valjii ”Ij halijdâm västidiđ”.',
    feedbackTitle: 'Macâttâs čujottâs rähtei'
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
      label: 'Vuoijum kilomeettereh',
      label_close: 'Kilomeettereh oovtâst',
      hint: 'Olesloho, ovdâmerkkân 24'
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
      label: 'Ulmeh',
      hint: 'Ohtâ ulme ohtân rááiđun, ovdâmerkkân: Haalijdâm lávluđ juávhust.'
    },
    until: {
      label: 'Paje nohá',
      hint: 'Kuttâ mánuppaje: {{date}} räi.',
      hint_none: 'Ovdâmerkkân 24.5.2027'
    },
    periodReason: {
      label: 'Mondiet paje ij lah kuttâ mánuppaje',
      hint: 'Kalga čäälliđ, jis nuuhâmpeivi ij lah kuttâ mánuppaje maŋa.'
    },
    barriers: {
      label: 'Mii eestij uásálistem'
    },
    unmetNeeds: {
      label: 'Mii vááilui'
    },
    needsText: {
      label: 'Muštâl jieijâd sanijguin'
    },
    endingReason: {
      label: 'Nohâm suijâ'
    },
    whyEnded: {
      label: 'Mondiet?'
    },
    whyEndedText: {
      label: 'Muštâl eenâb'
    },
    meetings: {
      label: 'Čuákkimij meeri'
    },
    hoursLinkWorker: {
      label: 'Liŋkâulmuu kevttum äigi tiijmijn',
      hint: 'Ovdâmerkkân 1,5 teikkâ 2,25'
    },
    hoursCoordinator: {
      label: 'Koordinaattor kevttum äigi tiijmijn',
      hint: 'Ovdâmerkkân 1,5 teikkâ 2,25'
    },
    recommend: {
      label: 'Avžuuttiččih-uv pyereestvaijeemčujottâs eres ulmuid?'
    },
    wellbeingStrengthened: {
      label: 'Muu pyereestvaijeem lii nanosmâm pyereestvaijeemčujottâs tiet'
    },
    swemwbs: {
      hint: 'Pyereestvaijeem mittedem loopâst. Jis olmooš ij halijd västidiđ tääl, ele tevdi tom.'
    },
    whatCameIn: {
      label: 'Muštâl jieijâd sanijguin'
    },
    activitiesJoined: {
      label: 'Toimah, main olmooš juátká'
    },
    continuing: {
      label: 'Maht olmooš juátká'
    },
    feedbackToReferrer: {
      label: 'Macâttâs čujottâs rähtee',
      hint: 'Uánihávt, maht ovtâspargo moonâi. Ele čääli tiervâsvuođâtiäđuid.'
    },
    feedbackConsent: {
      label: 'Olmooš lii adelâm lobi muštâliđ taam macâttâs čujottâs rähtei',
      hint: 'Lobi hännáá macâttâs lii tuše ääši tiäđuin, ige čujottâs rähtee uáini tom.'
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
      notInteger: 'Adde kilomeettereh desimaalij hännáá, ovdâmerkkân 24.',
      tooBig: 'Täärhist kilomeettereh: eenâmustáá {{maximum}}.'
    },
    text: {
      required: 'Čääli merkkâšume.'
    },
    activityName: {
      required: 'Čääli toimâ noomâ.'
    },
    goals: {
      required: 'Čääli uccemustáá oovtâ ulme.',
      tooMany: 'Čääli eenâmustáá 20 ulme.',
      tooLong: 'Čääli ulmeh uánihávt: eenâmustáá {{maximum}} meerhâ rááiđun.'
    },
    until: {
      required: 'Adde peeivi, ko paje nohá.',
      invalidDate: 'Adde vuoigâd peivimeeri, ovdâmerkkân 24.5.2027.',
      dateOrder: 'Paje kalga nuuhâđ maŋa ko tot älgee.'
    },
    periodReason: {
      required: 'Muštâl, mondiet paje ij lah kuttâ mánuppaje.'
    },
    barriers: {
      required: 'Valjii uccemustáá oovtâ eestâ teikkâ váiloo ääši, teikkâ muštâl jieijâd sanijguin.'
    },
    endingReason: {
      required: 'Valje nohâm suujâ.'
    },
    whyEnded: {
      required: 'Valjii, mondiet.',
      whyEndedRequired: 'Valjii, mane ovtâspargo koskâldui teikkâ ij álgám.'
    },
    meetings: {
      required: 'Adde čuákkimij meeri, meiddei 0.',
      notInteger: 'Adde čuákkimij meeri ollesloovoin.',
      tooSmall: 'Čuákkimij meeri ij puáhtá leđe negatiivlâš.'
    },
    hoursLinkWorker: {
      notInteger: 'Adde tiijmijd lovoiguin, ovdâmerkkân 1,5.',
      tooBig: 'Täärhist tiijmijd: eenâmustáá {{maximum}}.'
    },
    hoursCoordinator: {
      notInteger: 'Adde tiijmijd lovoiguin, ovdâmerkkân 1,5.',
      tooBig: 'Täärhist tiijmijd: eenâmustáá {{maximum}}.'
    },
    swemwbs: {
      answerMissing: 'Puoh náágusáid ij lah västidum. Västid eres náágusáid teikkâ siho vástádâsâid, jis olmooš ij halijd västidiđ.'
    },
    feedbackToReferrer: {
      feedbackRequired: 'Čääli macâttâs, mon čujottâs rähtee uážžu, teikkâ siho miettâm.'
    }
  },
  actions: {
    addMeeting: 'Laset teivâdem',
    addNote: 'Laset muuštonmerkkim',
    recordActivity: 'Čääli keččâllum toimâ',
    setGoals: 'Čääli uulmijd',
    agreePeriod: 'Nubástut paje kuhâdâh',
    recordNeeds: 'Estuuh já váiloo palvâlusah',
    close: 'Lopât aašâ',
    save: 'Vuorkkii',
    saveClose: 'Lopât aašâ',
    cancel: 'Šludde',
    clearSwemwbs: 'Siho mittedem vástádâsâid',
    retryNow: 'Keččâl tääl'
  },
  status: {
    sending: 'Vyerkkejuvvoo…',
    retrying: 'Vuorkkim ij lihostum, ko ohtâvuotâ ij tooimâ. Keččâluvvoo uđđâsist ({{seconds}} s).',
    gaveUp: 'Vuorkkim ij vala lihostum. Tiäđuh láá vuorkkuuvâst taan piergâsist já vuolgâttuvvojeh, ko ohtâvuotâ tuáimá. Keččâl tääl, jis halijdah.',
    resumed: 'Merkkâšume, mii ij vyerkkejum ovdil, vuolgâttuvvoo tääl.',
    locked: 'Luámáttuv ij pyevti nubástuttiđ, ko tot vyerkkejuvvoo.',
    rejected: 'Palvâlus ij tuhhiittâm tiäđuid. Tivo merkkejum sajijd.',
    rejectedUnknown: 'Palvâlus ij tuhhiittâm vuorkkim (feilâ {{status}}). Tiäđuh láá vala luámáttuvvâst.',
    unauthorized: 'Vuorkkim ij lihostum, ko čáládâttâm lii puárásmâm. Čáládât uđđâsist siisâ já vuorkkii tastmaŋa. Tiäđuh láá vala luámáttuvvâst.',
    notFound: 'Vuorkkim ij lihostum: äšši ij kavnuu teikkâ tust ij lah innig vuoigâdvuotâ tasa. Tiäđuh láá vala luámáttuvvâst.',
    conflict: 'Taat merkkâšume lii jo vyerkkejum eres tiäđuiguin. Täärhist tábáhtusâid. Puáhtáh vuorkkiđ luámáttuv uđđâ merkkâšumen.'
  },
  saved: {
    added: 'Merkkâšume lasettui.',
    declined: 'Merkkâšume ij vuorkkum. Tiäđuh láá vala lomaakist.'
  }
};
