import type { TimelineEditStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: TimelineEditStrings = {
  forms: {
    meeting: 'Ođđa deaivvadeapmi',
    note: 'Ođđa notáhta',
    activity: 'Geahččaluvvon doaibma',
    goals: 'Olbmo iežas ulbmilat',
    goalsIntro: 'Čále ulbmiliid nu, go olmmoš ieš daid dadjá. Okta ulbmil juohke ráidui.',
    period: 'Ovttasbargoáigodaga guhkkodat',
    periodIntro: 'Ovttasbargu bistá dábálaččat guhtta mánu. Jus áigodat lea šiehtaduvvon oanehabbon dahje guhkibun, čále ođđa nohkanbeaivvi ja siva.',
    needs: 'Hehttehusat ja váilevaš bálvalusat',
    needsIntro: 'Čále, mii hehttii oassálastima ja makkár doaibma dahje doarjja váillui. Dieđut čohkkejuvvojit gildii nama haga.',
    close: 'Ášši loahpaheapmi',
    closeIntro: 'Čális, mo ovttasbargu nogai. Čuovvunmihtideapmi dahkko golmma mánu geažes.',
    everydayTitle: 'Mii bođii olbmo árgabeaivái',
    askPersonTitle: 'Jeara njuolgga olbmos',
    askPersonIntro: 'Loga gažaldagaid olbmui jitnosit dahje atte ovttadaga sutnje. Čále su iežas vástádusa, ale iežat árvvoštallama. Jus son ii háliit vástidit, vállje ”Ii háliidan vástidit”.',
    feedbackTitle: 'Máhcahat čujuhusa dahkkái'
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
      label: 'Vuddjojuvvon kilomehterat',
      label_close: 'Kilomehterat oktiibuot',
      hint: 'Ollislohkun, omd. 24'
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
      label: 'Ulbmilat',
      hint: 'Okta ulbmil juohke ráidui, omd.: Háliidan mannat koarrii.'
    },
    until: {
      label: 'Áigodat nohká',
      hint: 'Guhtta mánu devdo {{date}}.',
      hint_none: 'Omd. 24.5.2027'
    },
    periodReason: {
      label: 'Manne áigodat ii leat guhtta mánu',
      hint: 'Bákkolaš, jus nohkanbeaivi ii leat guđa mánu geažes.'
    },
    barriers: {
      label: 'Mii hehttii oassálastima'
    },
    unmetNeeds: {
      label: 'Mii váillui'
    },
    needsText: {
      label: 'Muital iežat sániiguin'
    },
    endingReason: {
      label: 'Loahpaheami sivva'
    },
    whyEnded: {
      label: 'Man dihte?'
    },
    whyEndedText: {
      label: 'Muital dárkileappot'
    },
    meetings: {
      label: 'Deaivvademiid lohku'
    },
    hoursLinkWorker: {
      label: 'Liŋkaolbmo geavahan áigi diimmuin',
      hint: 'Njealjádasdiimmu dárkkisvuođain, omd. 1,5 dahje 2,25'
    },
    hoursCoordinator: {
      label: 'Koordináhtora geavahan áigi diimmuin',
      hint: 'Njealjádasdiimmu dárkkisvuođain, omd. 1,5 dahje 2,25'
    },
    recommend: {
      label: 'Ávžžuhivččetgo buresveadjinčujuhusa earáide?'
    },
    wellbeingStrengthened: {
      label: 'Dovddan, ahte mu buresveadjin lea nannon dan dihte, mii buresveadjinčujuhusas čuovui'
    },
    swemwbs: {
      hint: 'Buresveadjinjearahallan loahpas. Jus olmmoš ii háliit vástidit dál, guođe jearahallama guorusin.'
    },
    whatCameIn: {
      label: 'Muital iežat sániiguin'
    },
    activitiesJoined: {
      label: 'Doaimmat, maidda olmmoš bisui mielde'
    },
    continuing: {
      label: 'Mo olmmoš joatká'
    },
    feedbackToReferrer: {
      label: 'Máhcahat čujuhusa dahkkái',
      hint: 'Oanehaččat, mo ovttasbargu manai. Ale čále dearvvašvuođadieđuid.'
    },
    feedbackConsent: {
      label: 'Olmmoš lea addán lobi muitalit dán máhcahaga čujuhusa dahkkái',
      hint: 'Lobi haga máhcahat báhcá dušše ášši dieđuide, iige čujuhusa dahkki oainne dan.'
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
      notInteger: 'Atte kilomehteriid ollislohkun, omd. 24.',
      tooBig: 'Dárkkis kilomehteriid: eanemusat {{maximum}}.'
    },
    text: {
      required: 'Čális notáhta.'
    },
    activityName: {
      required: 'Čális doaimma nama.'
    },
    goals: {
      required: 'Čále unnimusat ovtta ulbmila.',
      tooMany: 'Čále eanemusat 20 ulbmila.',
      tooLong: 'Čále juohke ulbmila oanehaččat, eanemusat {{maximum}} mearkka ráidui.'
    },
    until: {
      required: 'Atte beaivvi, goas áigodat nohká.',
      invalidDate: 'Atte riekta beaivemeari, omd. 24.5.2027.',
      dateOrder: 'Áigodat galgá nohkat maŋŋel go dat álgá.'
    },
    periodReason: {
      required: 'Muital, manne áigodat ii leat guhtta mánu.'
    },
    barriers: {
      required: 'Vállje unnimusat ovtta hehttehusa dahje váilevaš ášši, dahje muital iežat sániiguin.'
    },
    endingReason: {
      required: 'Vállje loahpaheami siva.'
    },
    whyEnded: {
      required: 'Vállje, man dihte.',
      whyEndedRequired: 'Vállje, manne ovttasbargu boatkanii dahje ii álgán.'
    },
    meetings: {
      required: 'Atte deaivvademiid logu, maiddái 0.',
      notInteger: 'Atte deaivvademiid logu ollislohkun.',
      tooSmall: 'Deaivvademiid lohku ii sáhte leat negatiiva.'
    },
    hoursLinkWorker: {
      notInteger: 'Atte diimmuid loguin njealjádasdiimmu dárkkisvuođain, omd. 1,5.',
      tooBig: 'Dárkkis diimmuid: eanemusat {{maximum}}.'
    },
    hoursCoordinator: {
      notInteger: 'Atte diimmuid loguin njealjádasdiimmu dárkkisvuođain, omd. 1,5.',
      tooBig: 'Dárkkis diimmuid: eanemusat {{maximum}}.'
    },
    swemwbs: {
      answerMissing: 'Buot cealkagiidda ii leat vástiduvvon. Vástit báhcán cealkagiidda dahje sihko vástádusaid, jus olmmoš ii háliit vástidit.'
    },
    feedbackToReferrer: {
      feedbackRequired: 'Čále máhcahaga, man čujuhusa dahkki oažžu, dahje sihko merkema lobis.'
    }
  },
  actions: {
    addMeeting: 'Lasit deaivvadeami',
    addNote: 'Lasit notáhta',
    recordActivity: 'Čális geahččaluvvon doaimma',
    setGoals: 'Čále ulbmiliid',
    agreePeriod: 'Rievdat áigodaga guhkkodaga',
    recordNeeds: 'Čále hehttehusaid ja váilivuođaid',
    close: 'Loahpat ášši',
    save: 'Vurke',
    saveClose: 'Loahpat ášši',
    cancel: 'Šluhtte',
    clearSwemwbs: 'Sihko jearahallama vástádusaid',
    retryNow: 'Geahččal dál'
  },
  status: {
    sending: 'Vurkejuvvo…',
    retrying: 'Vurken ii lihkostuvvan, go oktavuohta ii doaimma. Geahččaluvvo ođđasit ({{seconds}} s).',
    gaveUp: 'Vurken ii vel lihkostuvvan. Dieđut leat seilon dán ovttadagas ja sáddejuvvojit, go oktavuohta doaibmá. Sáhtát maiddái geahččalit dál.',
    resumed: 'Čálus, mii ii vurkejuvvon ovdal, sáddejuvvo dál.',
    locked: 'Skovi ii sáhte rievdadit vurkema áigge.',
    rejected: 'Bálvalus ii dohkkehan dieđuid. Divo merkejuvvon čuoggáid.',
    rejectedUnknown: 'Bálvalus ii dohkkehan vurkema (meattáhus {{status}}). Dieđut leat ain skovis.',
    unauthorized: 'Vurken ii lihkostuvvan, go sisačáliheapmi lea boarásmuvvan. Sisačálit ođđasit ja vurke dasto. Dieđut leat ain skovis.',
    notFound: 'Vurken ii lihkostuvvan: ášši ii gávdno dahje dus ii leat šat vuoigatvuohta dasa. Dieđut leat ain skovis.',
    conflict: 'Dát čálus lea juo vurkejuvvon eará dieđuiguin. Dárkkis dáhpáhusaid. Sáhtát vurket skovi ođđa čállosin.'
  },
  saved: {
    added: 'Čálus lasihuvvui.',
    declined: 'Čálus ii vurkejuvvon. Dieđut leat ain skovis.'
  }
};
