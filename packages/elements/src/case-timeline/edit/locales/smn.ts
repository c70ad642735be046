import type { TimelineEditStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: TimelineEditStrings = {
  forms: {
    meeting: 'Uđđâ teivâdem',
    note: 'Uđđâ muuštonmerkkim',
    activity: 'Keččâlum toimâ',
    goals: 'Ulmuu jieijâs ulmeh',
    goalsIntro: 'Čääli uulmijd ulmuu jieijâs sanijguin. Ohtâ ulme ohtân rááiđun.',
    period: 'Ovtâspargo paje kukkodâh',
    periodIntro: 'Ovtâspargo pištá táválávt kuttâ mánuppaje. Jis paje lii soppum eres kukkodâhân, čääli uđđâ nuuhâmpeeivi já suujâ.',
    needs: 'Čääli estuid já váiloo palvâlusâid',
    needsIntro: 'Čääli, mii eestij uásálistem já mii toimâ teikkâ toorjâ vááilui. Tiäđuh vuolgâttuvvojeh kieldân nomâttáá.',
    close: 'Ääši nuuhâm',
    closeIntro: 'Čääli, mon ovtâspargo nuuvâi. Čuávvummittedem ráhtoo kulmâ mánuppaje maŋa.',
    everydayTitle: 'Mii poođij ulmuu aargân',
    askPersonTitle: 'Koijâd njuolgist ulmust',
    askPersonIntro: 'Luuvâ koijâdmijd ulmui teikkâ adde piergâs sunjin. Čääli sun jieijâs vástádâs, ele tuu uáivil. Jis sun ij haalijd västidiđ, valjii ”Ij halijdâm västidiđ”.',
    feedbackTitle: 'Macâttâs čujottâs rähtei'
  },
  fields: {
    date: {
      label: 'Peivimeeri',
      hint: 'Ovdâmerkkân 24.11.2026'
    },
    place: {
      label: 'Kost teivâdem lâi'
    },
    duration: {
      label: 'Pištem miinutijn'
    },
    kilometres: {
      label: 'Vuoijum kilomeettereh',
      label_close: 'Kilomeettereh oovtâst',
      hint: 'Olesloho, ovdâmerkkân 24'
    },
    note: {
      label: 'Muuštonmerkkim',
      hint: 'Čääli tuše tom, mii iššeed maŋeláá. Ele čääli tiervâsvuođâtiäđuid.'
    },
    text: {
      label: 'Muuštonmerkkim',
      hint: 'Čääli tuše tom, mii iššeed maŋeláá. Ele čääli tiervâsvuođâtiäđuid.'
    },
    activityName: {
      label: 'Toimâ nommâ',
      hint: 'Čääli noomâ teikkâ valjii iävtuttâsâin'
    },
    joined: {
      label: 'Olmooš paasij mieldi tooimân'
    },
    goals: {
      label: 'Ulmeh',
      hint: 'Ohtâ ulme ohtân rááiđun, ovdâmerkkân: Halijdâm lávluđ kuorost.'
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
      label: 'Nuuhâm suijâ'
    },
    whyEnded: {
      label: 'Mondiet?'
    },
    whyEndedText: {
      label: 'Muštâl eenâb'
    },
    meetings: {
      label: 'Teivâdmij meeri'
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
      hint: 'Pyereestvaijeem mittedem loopâst. Jis olmooš ij haalijd västidiđ tääl, ele tevdi tom.'
    },
    whatCameIn: {
      label: 'Muštâl jieijâd sanijguin'
    },
    activitiesJoined: {
      label: 'Tooimah, main olmooš juátká'
    },
    continuing: {
      label: 'Maht olmooš juátká'
    },
    feedbackToReferrer: {
      label: 'Macâttâs čujottâs rähtee',
      hint: 'Uánihávt, maht ovtâspargo moonâi. Ele čääli tiervâsvuođâtiäđuid.'
    },
    feedbackConsent: {
      label: 'Olmooš lii adelâm love muštâliđ taam macâttâs čujottâs rähtei',
      hint: 'Lovettáá macâttâs lii tuše ääši tiäđuin, ige čujottâs rähtee uáini tom.'
    }
  },
  errors: {
    date: {
      required: 'Adde peivimeeri.',
      invalidDate: 'Adde vuoigâ peivimere, ovdâmerkkân 24.11.2026.'
    },
    place: {
      required: 'Valjii, kost teivâdem lâi.'
    },
    duration: {
      notInteger: 'Adde pištem olles miinutijn, ovdâmerkkân 45.',
      tooSmall: 'Adde pištem miinutijn, ucemustáá 1.',
      tooBig: 'Adde pištem miinutijn, enâmustáá 1440.'
    },
    kilometres: {
      notInteger: 'Adde kilomeettereh desimaalijttáá, ovdâmerkkân 24.',
      tooBig: 'Täärhist kilomeettereh: enâmustáá {{maximum}}.'
    },
    text: {
      required: 'Čääli muuštonmerkkim.'
    },
    activityName: {
      required: 'Čääli toimâ noomâ.'
    },
    goals: {
      required: 'Čääli ucemustáá oovtâ ulme.',
      tooMany: 'Čääli enâmustáá 20 ulme.',
      tooLong: 'Čääli ulmeh uánihávt: enâmustáá {{maximum}} meerhâ rááiđun.'
    },
    until: {
      required: 'Adde peeivi, ko paje nohá.',
      invalidDate: 'Adde vuoigâ peivimere, ovdâmerkkân 24.5.2027.',
      dateOrder: 'Paje kalga nuuhâđ maŋa ko tot älgee.'
    },
    periodReason: {
      required: 'Muštâl, mondiet paje ij lah kuttâ mánuppaje.'
    },
    barriers: {
      required: 'Valjii ucemustáá oovtâ eestâ teikkâ váiloo ääši, teikkâ muštâl jieijâd sanijguin.'
    },
    endingReason: {
      required: 'Valjii nuuhâm suujâ.'
    },
    whyEnded: {
      required: 'Valjii, mondiet.',
      whyEndedRequired: 'Valjii, mane ovtâspargo koskâldui teikkâ ij álgám.'
    },
    meetings: {
      required: 'Adde teivâdmij meeri, meiddei 0.',
      notInteger: 'Adde teivâdmij meeri oleslohhoon.',
      tooSmall: 'Teivâdmij meeri ij pyevti leđe negatiivlâš.'
    },
    hoursLinkWorker: {
      notInteger: 'Adde tiijmijd lovoiguin, ovdâmerkkân 1,5.',
      tooBig: 'Täärhist tiijmijd: enâmustáá {{maximum}}.'
    },
    hoursCoordinator: {
      notInteger: 'Adde tiijmijd lovoiguin, ovdâmerkkân 1,5.',
      tooBig: 'Täärhist tiijmijd: enâmustáá {{maximum}}.'
    },
    swemwbs: {
      answerMissing: 'Puoh nággusáid ij lah västidum. Västid eres nággusáid teikkâ siho vástádâsâid, jis olmooš ij haalijd västidiđ.'
    },
    feedbackToReferrer: {
      feedbackRequired: 'Čääli macâttâs, mon čujottâs rähtee uážžu, teikkâ siho miettâm.'
    }
  },
  actions: {
    addMeeting: 'Lasseet teivâdem',
    addNote: 'Lasseet muuštonmerkkim',
    recordActivity: 'Čääli keččâlum tooimâ',
    setGoals: 'Čääli uulmijd',
    agreePeriod: 'Nubástut paje kukkoduv',
    recordNeeds: 'Čääli estuid já váiloo palvâlusâid',
    close: 'Looppât ääši',
    save: 'Vuorkkii',
    saveClose: 'Looppât ääši',
    cancel: 'Murdeet',
    clearSwemwbs: 'Siho mittedem vástádâsâid',
    retryNow: 'Keččâl tääl'
  },
  status: {
    sending: 'Vyerkkejuvvoo…',
    retrying: 'Vuorkkim ij luhostum, ko ohtâvuotâ ij tooimâ. Keččâluvvoo uđđâsist ({{seconds}} s).',
    gaveUp: 'Vuorkkim ij vala luhostum. Tiäđuh láá ááimuin taan piergâsist já vuolgâttuvvojeh, ko ohtâvuotâ tuáimá. Keččâl tääl, jis halijdah.',
    resumed: 'Kirjim, mii ij vyerkkejum ovdil, vuolgâttuvvoo tääl.',
    locked: 'Luámáttuv ij pyevti nubástuttiđ, ko tot vyerkkejuvvoo.',
    rejected: 'Palvâlus ij tuhhiittâm tiäđuid. Tivo merkkejum soojijd.',
    rejectedUnknown: 'Palvâlus ij tuhhiittâm vuorkkim (feilâ {{status}}). Tiäđuh láá vala luámáttuvvâst.',
    unauthorized: 'Vuorkkim ij luhostum, ko čáládâttâm lii puárásmâm. Čáládât uđđâsist siisâ já vuorkkii tastmaŋa. Tiäđuh láá vala luámáttuvvâst.',
    notFound: 'Vuorkkim ij luhostum: äšši ij kavnuu teikkâ tust ij lah innig vuoigâdvuotâ toos. Tiäđuh láá vala luámáttuvvâst.',
    conflict: 'Taat kirjim lii jo vyerkkejum eres tiäđuiguin. Täärhist tábáhtusâid. Puávtáh vuorkkiđ luámáttuv uđđâ kirjiimin.'
  },
  saved: {
    added: 'Kirjim lasettui.',
    declined: 'Kirjim ij vyerkkejum. Tiäđuh láá vala luámáttuvvâst.'
  }
};
