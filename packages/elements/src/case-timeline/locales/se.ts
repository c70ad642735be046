import type { TimelineStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: WithDual<TimelineStrings> = {
  title: 'Buresveadjinčujuhusa ovdáneapmi',
  noCase: 'Ášši ii leat válljejuvvon.',
  invalid: {
    title: 'Ášši dieđuid ii sáhte čájehit',
    body: 'Dieđuin leat meattáhusat. Muital vuogádaga hálddašeaddjái dáid čuoggáid:'
  },
  load: {
    loading: 'Ášši dieđut vižžojuvvojit…',
    unauthorized: 'Ášši ii sáhttán rahpat, go sisačáliheapmi ii dohkke dahje dat lea boarásmuvvan. Sisačálit ođđasit.',
    forbidden: 'Dus ii leat vuoigatvuohta oaidnit dán ášši.',
    notFound: 'Ášši ii gávdnon. Dat lea várra sihkkojuvvon, dahje dat ii leat addon dutnje.',
    network: 'Ášši dieđuid ii sáhttán viežžat, go oktavuohta ii doaimma. Dárkkis neahttaoktavuođa ja geahččal ođđasit.',
    retry: 'Geahččal ođđasit'
  },
  status: {
    ongoing: 'Dilli: jođus',
    closed: 'Dilli: nohkan {{date}} ({{reason}})'
  },
  duration: {
    months_one: '{{count}} mánnu',
    months_other: '{{count}} mánu',
    months_two: '{{count}} mánu',
    days_one: '{{count}} beaivi',
    days_other: '{{count}} beaivvi',
    days_two: '{{count}} beaivvi'
  },
  jointWork: {
    title: 'Guhtta mánu liŋkaolbmuin',
    notRouted: 'Koordináhtor ii leat vel stivren čujuhusa viidáseappot.',
    direct: 'Stivrejuvvon njuolgga doibmii {{date}}. Liŋkaolbmuin ii leat ovttasbargoáigodat.',
    period: 'Álggii {{start}}. Guhtta mánu devdo {{deadline}}.',
    left: '{{time}} báhcán',
    lastDay: 'Odne lea maŋimuš beaivi',
    used: 'Geavahuvvon {{time}}',
    overdue: '{{time}} badjel guđa mánu',
    overdueHelp: 'Šiehtat, mo ovttasbargu loahpahuvvo, ja čális loahpaheami.',
    ended: 'Ovttasbargu bistii {{time}} ({{start}}–{{end}}).',
    period_agreed: 'Álggii {{start}}. Šiehtaduvvon áigodat nohká {{deadline}}.',
    overdue_agreed: '{{time}} badjel šiehtaduvvon áigodaga',
    meterLabel_agreed: 'Šiehtaduvvon áigodagas geavahuvvon',
    agreedReason: 'Áigodaga guhkkodat šiehtaduvvui eará láhkai: {{reason}}',
    meterLabel: 'Guđa mánus geavahuvvon'
  },
  followUp: {
    title: 'Čuovvunmihtideapmi golmma mánu geažes',
    notClosed: 'Čuovvunmihtideapmi dahkko golbma mánu maŋŋel go ášši nohká.',
    done: 'Dahkon {{date}}',
    due: 'Boahtimin: galgá dahkat {{date}} rádjái',
    daysLeft_one: 'vel {{count}} beaivi',
    daysLeft_other: 'vel {{count}} beaivvi',
    daysLeft_two: 'vel {{count}} beaivvi',
    dueToday: 'Galgá dahkat odne',
    overdue: 'Maŋŋonan: galggai dahkat {{date}} rádjái',
    daysLate_one: '{{count}} beaivi maŋŋonan',
    daysLate_other: '{{count}} beaivvi maŋŋonan',
    daysLate_two: '{{count}} beaivvi maŋŋonan'
  },
  wellbeing: {
    title: 'Buresveadjin (SWEMWBS)',
    none: 'Buresveadjinmihtidemiid ii leat vel čállojuvvon.',
    chartTitle: 'SWEMWBS-čuoggát mihtidanháviid mielde',
    chartDescription: 'Skála 7–35; stuorát lohku čájeha buoret buresveadjima.',
    summaryOne: '{{timepoint}}: {{score}} čuoggá.',
    summaryChange: '{{fromTimepoint}} {{from}} čuoggá, {{toTimepoint}} {{to}} čuoggá. Rievdan {{change}} čuoggá.',
    tableCaption: 'SWEMWBS-čuoggát tabeallan',
    timepoint: 'Mihtidanháve',
    score: 'Čuoggát',
    date: 'Beaivemearri',
    reference: 'Buohtastahttin',
    referenceLine: '{{label}}: {{value}}',
    referenceSource: 'Gáldu: {{source}}'
  },
  events: {
    title: 'Dáhpáhusat',
    none: 'Dáhpáhusaid ii leat vel čállojuvvon.',
    recordedBy: 'Čálii: {{role}}',
    details: 'Lassedieđut',
    type: {
      'referral-received': 'Čujuhus bođii',
      'referral-received_self': 'Iežas ohcan bođii',
      routed: 'Stivren: {{route}}',
      meeting: 'Deaivvadeapmi: {{place}}',
      'activity-tried': 'Geahččalii doaimma: {{name}}',
      'activity-joined': 'Álggii doibmii: {{name}}',
      'questionnaire-completed': 'Mihtideapmi devdojuvvon: {{instrument}}, {{timepoint}}',
      note: 'Notáhta',
      closed: 'Ášši nogai: {{reason}}',
      'follow-up-due': 'Čuovvunmihtideapmi šiehtaduvvon {{date}} rádjái',
      'follow-up-done': 'Čuovvunmihtideapmi dahkon',
      'period-agreed': 'Áigodat šiehtaduvvon nohkat {{date}}',
      'goals-set': 'Ulbmilat čállojuvvon',
      'needs-recorded': 'Hehttehusat ja váilevaš bálvalusat čállojuvvon'
    },
    reasons: 'Sivat: {{reasons}}',
    duration_one: 'Guhkkodat {{count}} minuhtta',
    duration_other: 'Guhkkodat {{count}} minuhta',
    duration_two: 'Guhkkodat {{count}} minuhta',
    kilometres_one: '{{count}} kilomehter',
    kilometres_other: '{{count}} kilomehtera',
    kilometres_two: '{{count}} kilomehtera',
    periodReason: 'Sivva: {{reason}}',
    barriers: 'Mii hehttii: {{list}}',
    unmetNeeds: 'Mii váillui: {{list}}',
    score: 'Čuoggát {{score}}'
  },
  instruments: {
    swemwbs: 'buresveadjin (SWEMWBS)',
    esis: 'searvevuohta'
  },
  closure: {
    title: 'Loahpaheapmi',
    endingReason: 'Loahpaheami sivva',
    whyEnded: 'Man dihte',
    meetings: 'Deaivvadeamit',
    hours: 'Geavahuvvon áigi',
    hoursLinkWorker: 'liŋkaolmmoš {{hours}} h',
    hoursCoordinator: 'koordináhtor {{hours}} h',
    kilometres: 'Kilomehterat',
    whatCameIn: 'Mii bođii árgabeaivái',
    activitiesJoined: 'Doaimmat, maidda son bisui mielde',
    continuing: 'Mo joatká',
    personAnswers: 'Olbmo iežas vástádusat',
    recommend: 'Ávžžuhivččetgo buresveadjinčujuhusa earáide?',
    wellbeingStrengthened: 'Dovddan, ahte mu buresveadjin lea nannon dan dihte, mii buresveadjinčujuhusas čuovui',
    answer: '{{label}} ({{value}}/5)',
    notAnswered: 'Ii vástiduvvon',
    feedbackToReferrer: 'Máhcahat čujuhusa dahkkái',
    feedbackShared: 'Olmmoš attii lobi muitalit máhcahaga čujuhusa dahkkái.',
    feedbackNotShared: 'Ii leat lohpi: máhcahat lea dušše ášši dieđuin, iige čujuhusa dahkki oainne dan.'
  },
  actions: {
    print: 'Čálit čoahkkáigeasu'
  }
};
