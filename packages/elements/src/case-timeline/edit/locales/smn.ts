import type { TimelineEditStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: TimelineEditStrings = {
  forms: {
    meeting: 'Uđđâ čuákkim',
    note: 'Uđđâ merkkâšume',
    activity: 'Keččâllum toimâ',
    close: 'Aašâ nohâm',
    closeIntro: 'Čääli, mon ovtâstpargo nuuvâi. Čuávvummittedem rahtoo kulmâ mánuppaje maŋa.',
  },
  fields: {
    date: { label: 'Peivimeeri', hint: 'Ovdâmerkkân 24.11.2026' },
    place: { label: 'Kost čuákkijeid' },
    duration: { label: 'Kuhâdâh minuuttâin' },
    note: { label: 'Merkkâšume', hint: 'Čääli tuše tom, mii viehâd maŋeláá. Ele čääli tiervâsvuođâtiäđuid.' },
    text: { label: 'Merkkâšume', hint: 'Čääli tuše tom, mii viehâd maŋeláá. Ele čääli tiervâsvuođâtiäđuid.' },
    activityName: { label: 'Toimâ nommâ', hint: 'Čääli noomâ teikkâ valje evttohusâin' },
    joined: { label: 'Olmooš paccij toimân' },
    endingReason: { label: 'Nohâm suijâ' },
    meetings: { label: 'Čuákkimij meeri' },
    recommend: { label: 'Ávžuuččij-uv olmooš pyereestvaijeemčujottâs eres ulmuid?' },
    wellbeingStrengthened: { label: 'Vuáiná-uv olmooš, et suu pyereestvaijeem lii nanosmuvâm tast, mii čujottâsâst čuávui?' },
    whatCameIn: { label: 'Mii poottij olmooš argâpeivin' },
    activitiesJoined: { label: 'Toimah, moid olmooš servâi' },
    feedbackToReferrer: { label: 'Macâttâs čujottâs rähtee' },
  },
  errors: {
    date: { required: 'Adde peivimeeri.', invalidDate: 'Adde vuoigâd peivimeeri, ovdâmerkkân 24.11.2026.' },
    place: { required: 'Valje, kost čuákkijeid.' },
    duration: { notInteger: 'Adde kuhâdâh olles minuuttâin, ovdâmerkkân 45.', tooSmall: 'Adde kuhâdâh minuuttâin, uccemustáá 1.', tooBig: 'Adde kuhâdâh minuuttâin, eenâmustáá 1440.' },
    text: { required: 'Čääli merkkâšume.' },
    activityName: { required: 'Čääli toimâ noomâ.' },
    endingReason: { required: 'Valje nohâm suujâ.' },
    meetings: { required: 'Adde čuákkimij meeri, meiddei 0.', notInteger: 'Adde čuákkimij meeri ollesloovoin.', tooSmall: 'Čuákkimij meeri ij puáhtá leđe negatiivlâš.' },
  },
  saved: {
    added: 'Merkkâšume lasettui.',
    declined: 'Merkkâšume ij vuorkkum. Tiäđuh láá vala lomaakist.',
  },
};
