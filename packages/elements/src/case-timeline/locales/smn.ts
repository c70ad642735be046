import type { TimelineStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: WithDual<TimelineStrings> = {
  title: 'Pyereestvaljeemčujottâs ovdánem',
  noCase: 'Aašâ ij lah valjejum.',
  invalid: {
    title: 'Aašâ tiäđuid ij puáhtá čäittiđ',
    body: 'Tiäđuin láá feeilah. Muštâl vuáháduv haldâšeijen taid čuágâsijd:'
  },
  load: {
    loading: 'UNTRANSLATED Ladataan asiakkuuden tietoja…',
    unauthorized: 'UNTRANSLATED Asiakkuutta ei voitu avata, koska kirjautuminen ei kelpaa tai se on vanhentunut. Kirjaudu uudelleen.',
    forbidden: 'UNTRANSLATED Sinulla ei ole oikeutta nähdä tätä asiakkuutta.',
    notFound: 'UNTRANSLATED Asiakkuutta ei löytynyt. Se on ehkä poistettu, tai sitä ei ole annettu sinulle.',
    network: 'UNTRANSLATED Asiakkuuden tietoja ei saatu, koska yhteys ei toimi. Tarkista verkkoyhteys ja yritä uudelleen.',
    retry: 'UNTRANSLATED Yritä uudelleen'
  },
  status: {
    ongoing: 'Tile: joton',
    closed: 'Tile: nuuvâi {{date}} ({{reason}})'
  },
  duration: {
    months_one: '{{count}} mánuppaje',
    months_other: '{{count}} mánuppaje',
    months_two: '{{count}} mánuppaje',
    days_one: '{{count}} peivi',
    days_other: '{{count}} peeivi',
    days_two: '{{count}} peeivi'
  },
  jointWork: {
    title: 'Kuttâ mánuppaje liŋkâolmoošáin',
    notRouted: 'Koordinaattor ij lah vala stivrim čujottâs ovdâskulij.',
    direct: 'Stivriimij njuolgist toimân {{date}}. Liŋkâolmoošáin ij lah ovtâstpargo.',
    period: 'Álgái {{start}}. Kuttâ mánuppaje: {{deadline}} räi.',
    left: 'Tuše {{time}}',
    lastDay: 'Onne lii majemuš peivi',
    used: 'Kevttum {{time}}',
    overdue: '{{time}} paijeel kuttâ mánuppaje',
    overdueHelp: 'Sopâdâttâ, maht ovtâstpargo nohá, já čääli nuuhâm.',
    ended: 'Ovtâstpargo pištij {{time}} ({{start}}–{{end}}).',
    period_agreed: 'UNTRANSLATED Alkoi {{start}}. Sovittu jakso päättyy {{deadline}}.',
    overdue_agreed: 'UNTRANSLATED Sovittu jakso ylittyi {{time}}',
    meterLabel_agreed: 'UNTRANSLATED Sovitusta jaksosta käytetty',
    agreedReason: 'UNTRANSLATED Jakson pituudesta sovittiin toisin: {{reason}}',
    meterLabel: 'Kevttum äigi (kuttâ mánuppaje)'
  },
  followUp: {
    title: 'Čuávvummittedem kulmâ mánuppaje maŋa',
    notClosed: 'Čuávvummittedem rahtoo kulmâ mánuppaje maŋa, ko äšši nohá.',
    done: 'Rahtum {{date}}',
    due: 'Puátimin: kalga rahtoođ {{date}} räi',
    daysLeft_one: 'val {{count}} peivi',
    daysLeft_other: 'val {{count}} peeivi',
    daysLeft_two: 'val {{count}} peeivi',
    dueToday: 'Kalga rahtoođ onne',
    overdue: 'Maŋanâm: kolgâi rahtoođ {{date}} räi',
    daysLate_one: '{{count}} peivi maŋanâm',
    daysLate_other: '{{count}} peeivi maŋanâm',
    daysLate_two: '{{count}} peeivi maŋanâm'
  },
  wellbeing: {
    title: 'Pyereestvaljeem (SWEMWBS)',
    none: 'Pyereestvaljeemmittedmijd ij lah vala čallum.',
    chartTitle: 'SWEMWBS-čuággáh mittedemkeerdij mield',
    chartDescription: 'Ciäkkádâh 7–35; stuárráb lovo čáittá pyereeb pyereestvaljeem.',
    summaryOne: '{{timepoint}}: {{score}} čuággá.',
    summaryChange: '{{fromTimepoint}} {{from}} čuággá, {{toTimepoint}} {{to}} čuággá. Nubástus {{change}} čuággá.',
    tableCaption: 'Tavlustâh: SWEMWBS-čuággáh',
    timepoint: 'Mittedemkerdi',
    score: 'Čuággáh',
    date: 'Peivimeeri',
    reference: 'Veirdâdem',
    referenceLine: '{{label}}: {{value}}',
    referenceSource: 'Käldee: {{source}}'
  },
  events: {
    title: 'Tábáhtusah',
    none: 'Tábáhtusâid ij lah vala čallum.',
    recordedBy: 'Čaalij: {{role}}',
    details: 'Lasetiäđuh',
    type: {
      'referral-received': 'Čujottâs poođij',
      'referral-received_self': 'Jieijâs ucâmuš poođij',
      routed: 'Stivrim: {{route}}',
      meeting: 'Teivâdem: {{place}}',
      'activity-tried': 'Keččâlij toimâ: {{name}}',
      'activity-joined': 'Álgái toimân: {{name}}',
      'questionnaire-completed': 'Mittedem tevdum: {{instrument}}, {{timepoint}}',
      note: 'Muuštonmerkkim',
      closed: 'Äšši nuuvâi: {{reason}}',
      'follow-up-due': 'Čuávvummittedem sovâdum {{date}} räi',
      'follow-up-done': 'Čuávvummittedem rahtum',
      'period-agreed': 'UNTRANSLATED Jakso sovittu päättymään {{date}}',
      'goals-set': 'UNTRANSLATED Tavoitteet kirjattu',
      'needs-recorded': 'UNTRANSLATED Esteet ja puuttuvat palvelut kirjattu'
    },
    reasons: 'Suujah: {{reasons}}',
    duration_one: 'Pištem {{count}} miinut',
    duration_other: 'Pištem {{count}} minuut',
    duration_two: 'Pištem {{count}} miinut',
    kilometres_one: 'UNTRANSLATED {{count}} kilometri',
    kilometres_other: 'UNTRANSLATED {{count}} kilometriä',
    kilometres_two: 'UNTRANSLATED {{count}} kilometriä',
    periodReason: 'UNTRANSLATED Syy: {{reason}}',
    barriers: 'UNTRANSLATED Mikä esti: {{list}}',
    unmetNeeds: 'UNTRANSLATED Mitä puuttui: {{list}}',
    score: 'Čuággáh {{score}}'
  },
  instruments: {
    swemwbs: 'pyereestvaljeem (SWEMWBS)',
    esis: 'oosâlistem'
  },
  closure: {
    title: 'Nuuhâm',
    endingReason: 'Nuuhâm suujâ',
    whyEnded: 'UNTRANSLATED Mistä syystä',
    meetings: 'Teivâdmeh',
    hours: 'UNTRANSLATED Käytetty aika',
    hoursLinkWorker: 'UNTRANSLATED linkkihenkilö {{hours}} h',
    hoursCoordinator: 'UNTRANSLATED koordinaattori {{hours}} h',
    kilometres: 'UNTRANSLATED Kilometrejä',
    whatCameIn: 'UNTRANSLATED Mitä arkeen tuli',
    activitiesJoined: 'UNTRANSLATED Toiminnat, joihin hän jäi mukaan',
    continuing: 'UNTRANSLATED Miten jatkaa',
    personAnswers: 'UNTRANSLATED Henkilön omat vastaukset',
    recommend: 'UNTRANSLATED Suosittelisitko hyvinvointilähetettä muille?',
    wellbeingStrengthened: 'UNTRANSLATED Koen hyvinvointini vahvistuneen hyvinvointilähetteestä seuranneiden asioiden johdosta',
    answer: 'UNTRANSLATED {{label}} ({{value}}/5)',
    notAnswered: 'Ij västidum',
    feedbackToReferrer: 'Macâttâs čujottâs rähtei',
    feedbackShared: 'UNTRANSLATED Henkilö antoi luvan kertoa palautteen lähetteen tekijälle.',
    feedbackNotShared: 'UNTRANSLATED Ei lupaa: palaute on vain asiakkuuden tiedoissa, eikä lähetteen tekijä näe sitä.'
  },
  actions: {
    print: 'Printtii čuákánkiäsu'
  }
};
