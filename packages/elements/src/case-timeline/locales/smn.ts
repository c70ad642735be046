import type { TimelineStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: WithDual<TimelineStrings> = {
  title: 'Pyereestvaijeemčujottâs ovdánem',
  noCase: 'Äšši ij lah väljejum.',
  invalid: {
    title: 'Ääši tiäđuid ij pyevti čäittiđ',
    body: 'Tiäđuin láá feeilah. Muštâl vuáháduv haldâšeijei taid soojijd:'
  },
  load: {
    loading: 'Ääši tiäđuh viäžžojeh…',
    unauthorized: 'Ääši ij puáhtám lekkâđ, ko tuu čáládâttâm ij tuhhii. Čáládât uđđâsist siisâ.',
    forbidden: 'Tust ij lah vuoigâdvuotâ uáiniđ taam ääši.',
    notFound: 'Äšši ij kavnum. Tot lii ušom sikkum, teikkâ tot ij lah adelum tunjin.',
    network: 'Ääši tiäđuid ij puáhtám viežžâđ, ko ohtâvuotâ ij tooimâ. Täärhist viärmádâhohtâvuođâ já keččâl uđđâsist.',
    retry: 'Keččâl uđđâsist'
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
    title: 'Kuttâ mánuppaje liŋkâulmuin',
    notRouted: 'Koordinaattor ij lah vala stivrim čujottâs ovdâskulij.',
    direct: 'Stivrejum njuolgist tooimân {{date}}. Liŋkâulmuin ij lah ovtâspargo.',
    period: 'Aalgij {{start}}. Kuttâ mánuppaje: {{deadline}} räi.',
    left: 'Tuše {{time}}',
    lastDay: 'Onne lii majemuš peivi',
    used: 'Kevttum {{time}}',
    overdue: '{{time}} paijeel kuttâ mánuppaje',
    overdueHelp: 'Soovâ, maht ovtâspargo nohá, já čääli nuuhâm.',
    ended: 'Ovtâspargo piištij {{time}} ({{start}}–{{end}}).',
    period_agreed: 'Aalgij {{start}}. Soppum paje nohá {{deadline}}.',
    overdue_agreed: '{{time}} paijeel soppum paje',
    meterLabel_agreed: 'Kevttum äigi (soppum paje)',
    agreedReason: 'Eres paje soppui: {{reason}}',
    meterLabel: 'Kevttum äigi (kuttâ mánuppaje)'
  },
  followUp: {
    title: 'Čuávvummittedem kulmâ mánuppaje maŋa',
    notClosed: 'Čuávvummittedem ráhtoo kulmâ mánuppaje maŋa, ko äšši nohá.',
    done: 'Rahtum {{date}}',
    due: 'Puátimin: kalga rähtiđ {{date}} räi',
    daysLeft_one: 'val {{count}} peivi',
    daysLeft_other: 'val {{count}} peeivi',
    daysLeft_two: 'val {{count}} peeivi',
    dueToday: 'Kalga rähtiđ onne',
    overdue: 'Maŋanâm: koolgâi rähtiđ {{date}} räi',
    daysLate_one: '{{count}} peivi maŋanâm',
    daysLate_other: '{{count}} peeivi maŋanâm',
    daysLate_two: '{{count}} peeivi maŋanâm'
  },
  wellbeing: {
    title: 'Pyereestvaijeem (SWEMWBS)',
    none: 'Pyereestvaijeemmittedmijd ij lah vala čallum.',
    chartTitle: 'SWEMWBS-čuággáh mittedemkeerdij mield',
    chartDescription: 'Ciäkkádâh 7–35; stuárráb loho čáittá pyereeb pyereestvaijeem.',
    summaryOne: '{{timepoint}}: {{score}} čuággá.',
    summaryChange: '{{fromTimepoint}} {{from}} čuággá, {{toTimepoint}} {{to}} čuággá. Nubástus {{change}} čuággá.',
    tableCaption: 'Tavlustâh: SWEMWBS-čuággáh',
    timepoint: 'Mittedemkerdi',
    score: 'Čuággáh',
    date: 'Peivimeeri',
    reference: 'Viärdádâs',
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
      'activity-tried': 'Keččâlij tooimâ: {{name}}',
      'activity-joined': 'Aalgij tooimâst: {{name}}',
      'questionnaire-completed': 'Mittedem tevdum: {{instrument}}, {{timepoint}}',
      note: 'Muuštonmerkkim',
      closed: 'Äšši nuuvâi: {{reason}}',
      'follow-up-due': 'Čuávvummittedem sovâdum {{date}} räi',
      'follow-up-done': 'Čuávvummittedem rahtum',
      'period-agreed': 'Soppum paje nohá {{date}}',
      'goals-set': 'Ulmeh čallum',
      'needs-recorded': 'Estuuh já váiloo palvâlusah čallum'
    },
    reasons: 'Suujah: {{reasons}}',
    duration_one: 'Pištem {{count}} miinut',
    duration_other: 'Pištem {{count}} miinut',
    duration_two: 'Pištem {{count}} miinut',
    kilometres_one: '{{count}} kilomeetter',
    kilometres_other: '{{count}} kilomeetter',
    kilometres_two: '{{count}} kilomeetter',
    periodReason: 'Suijâ: {{reason}}',
    barriers: 'Mii eestij: {{list}}',
    unmetNeeds: 'Mii vááilui: {{list}}',
    score: 'Čuággáh {{score}}'
  },
  instruments: {
    swemwbs: 'pyereestvaijeem (SWEMWBS)',
    esis: 'uásálistem'
  },
  closure: {
    title: 'Nuuhâm',
    endingReason: 'Nuuhâm suijâ',
    whyEnded: 'Mondiet',
    meetings: 'Teivâdmeh',
    hours: 'Kevttum äigi',
    hoursLinkWorker: 'liŋkâolmooš {{hours}} h',
    hoursCoordinator: 'koordinaattor {{hours}} h',
    kilometres: 'Kilomeettereh',
    whatCameIn: 'Mii poođij aargân',
    activitiesJoined: 'Tooimah, main sun juátká',
    continuing: 'Maht juátká',
    personAnswers: 'Ulmuu jieijâs vástádâsah',
    recommend: 'Avžuuttiččih-uv pyereestvaijeemčujottâs eres ulmuid?',
    wellbeingStrengthened: 'Muu pyereestvaijeem lii nanosmâm pyereestvaijeemčujottâs tiet',
    answer: '{{label}} ({{value}}/5)',
    notAnswered: 'Ij västidum',
    feedbackToReferrer: 'Macâttâs čujottâs rähtei',
    feedbackShared: 'Olmooš adelij love muštâliđ macâttâs čujottâs rähtei.',
    feedbackNotShared: 'Ij lah lope: macâttâs lii tuše ääši tiäđuin, ige čujottâs rähtee uáini tom.'
  },
  actions: {
    print: 'Printtii čuákánkiäsu'
  }
};
