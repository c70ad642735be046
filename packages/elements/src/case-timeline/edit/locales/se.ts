import type { TimelineEditStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: TimelineEditStrings = {
  forms: {
    meeting: 'Ođđa deaivvadeapmi',
    note: 'Ođđa notáhta',
    activity: 'Geahččaluvvon doaibma',
    close: 'Ášši loahpaheapmi',
    closeIntro: 'Čális, mo ovttasbargu nohkkii. Čuovvunmihtideapmi dahkko golmma mánu geažes.',
  },
  fields: {
    date: { label: 'Beaivemearri', hint: 'Omd. 24.11.2026' },
    place: { label: 'Gos deaivvadeigga' },
    duration: { label: 'Guhkkodat minuhtain' },
    note: { label: 'Notáhta', hint: 'Čális dušše dan, mii veahkeha maŋŋelis. Ale čális dearvvašvuođadieđuid.' },
    text: { label: 'Notáhta', hint: 'Čális dušše dan, mii veahkeha maŋŋelis. Ale čális dearvvašvuođadieđuid.' },
    activityName: { label: 'Doaimma namma', hint: 'Čális nama dahje vállje evttohusain' },
    joined: { label: 'Olmmoš bisui doaimmas' },
    endingReason: { label: 'Loahpaheami sivva' },
    meetings: { label: 'Deaivvademiid lohku' },
    recommend: { label: 'Ávžžuhivččii go olmmoš buresveadjinčujuhusa earáide?' },
    wellbeingStrengthened: { label: 'Vásiha go olmmoš, ahte su buresveadjin lea nannošuvvan das, mii čujuhusas čuovui?' },
    whatCameIn: { label: 'Mii bođii olbmo árgabeaivái' },
    activitiesJoined: { label: 'Doaimmat, maidda olmmoš searvvai' },
    feedbackToReferrer: { label: 'Máhcahat čujuhusa dahkkái' },
  },
  errors: {
    date: { required: 'Atte beaivemeari.', invalidDate: 'Atte riekta beaivemeari, omd. 24.11.2026.' },
    place: { required: 'Vállje, gos deaivvadeigga.' },
    duration: { notInteger: 'Atte guhkkodaga ollis minuhtain, omd. 45.', tooSmall: 'Atte guhkkodaga minuhtain, unnimusat 1.', tooBig: 'Atte guhkkodaga minuhtain, eanemusat 1440.' },
    text: { required: 'Čális notáhta.' },
    activityName: { required: 'Čális doaimma nama.' },
    endingReason: { required: 'Vállje loahpaheami siva.' },
    meetings: { required: 'Atte deaivvademiid logu, maiddái 0.', notInteger: 'Atte deaivvademiid logu ollislohkun.', tooSmall: 'Deaivvademiid lohku ii sáhte leat negatiiva.' },
  },
  saved: {
    added: 'Čálus lasihuvvui.',
    declined: 'Čálus ii vurkejuvvon. Dieđut leat ain skovis.',
  },
};
