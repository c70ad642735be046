import type { TimelineStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: WithDual<TimelineStrings> = {
  title: 'Pueʹrrvääjjamõhjjõõzz ouddnummuš',
  noCase: 'Äʹšš ij leäkku vaʹlljuum.',
  invalid: {
    title: 'Äʹšš teâđaid ij vuäitt čuäʹjted',
    body: 'Teâđain lij vââʹǩǩ. Maainâst vueʹǩǩ reâššjeeʹja täid čuõkkid:'
  },
  load: {
    loading: 'Ääʹšš teâđaid ooʒʒât…',
    unauthorized: 'Ääʹšš ij vuäittam liâvhâʹtted. Piâzz oʹđđest sizz.',
    forbidden: 'Tuʹst ij leäkku lååʹpp vueiʹnned tän ääʹšš.',
    notFound: 'Äʹšš ij käunnʼjam. Tõn vuâstai jaukkeeš, leʹbe tõn ij leäkku uvddum tuʹnne.',
    network: 'Ääʹšš teâđaid ij vuäittam vuäǯǯad, ko õhttvuõtt ij tååim. Taaʹrǩest neʹttõhttvuõđ da ǩiččâl oʹđđest.',
    retry: 'Ǩiččâl oʹđđest'
  },
  status: {
    ongoing: 'Äʹšš: mõõnni',
    closed: 'Äʹšš: puuttâm {{date}} ({{reason}})'
  },
  duration: {
    months_one: '{{count}} mään',
    months_other: '{{count}} mannu',
    months_two: '{{count}} mannu',
    days_one: '{{count}} peiʹvv',
    days_other: '{{count}} peeiʹv',
    days_two: '{{count}} peeiʹv'
  },
  jointWork: {
    title: 'Kutt mannu liŋkkooumžin',
    notRouted: 'Koordinaattor ij leäkku veâl õhjjääm õhjjõõzz ooudâs.',
    direct: 'Õhjjuum njuõʹlǧǧeeʹl toimmjummša {{date}}. Liŋkkooumžin ij leäkku õhttsažtuâjj.',
    period: 'Älggi {{start}}. Kutt mannu: {{deadline}} räjja.',
    left: 'Pâi {{time}}',
    lastDay: 'Täʹbbe lij mââiʹmõs peiʹvv',
    used: 'Âʹnnum {{time}}',
    overdue: '{{time}} pâʹjjel kuuđ mannu',
    overdueHelp: 'Suåppjed, mäʹhtt õhttsažtuâjj puuttâd, da ǩeeʹrjet looppâm.',
    ended: 'Õhttsažtuâjj peʹštti {{time}} ({{start}}–{{end}}).',
    period_agreed: 'Älggi {{start}}. Suåppum äiʹǧǧ: {{deadline}} räjja.',
    overdue_agreed: '{{time}} pâʹjjel suåppum ääiʹj',
    meterLabel_agreed: 'Âʹnnum äiʹǧǧ (suåppum)',
    agreedReason: 'Jeeʹres äiʹǧǧ suåppum: {{reason}}',
    meterLabel: 'Âʹnnum äiʹǧǧ (kutt mannu)'
  },
  followUp: {
    title: 'Čuõʹvvemmeâldummuš kolmm mannu mâŋŋa',
    notClosed: 'Čuõʹvvemmeâldummuš raajât kolmm mannu mâŋŋa, ko äʹšš puuttâd.',
    done: 'Raajjum {{date}}',
    due: 'Pueʹttmen: raajât {{date}} räjja',
    daysLeft_one: 'veâl {{count}} peiʹvv',
    daysLeft_other: 'veâl {{count}} peeiʹv',
    daysLeft_two: 'veâl {{count}} peeiʹv',
    dueToday: 'Raajât täʹbbe',
    overdue: 'Mâŋŋnam: raajât {{date}} räjja',
    daysLate_one: '{{count}} peiʹvv mâŋŋnam',
    daysLate_other: '{{count}} peeiʹv mâŋŋnam',
    daysLate_two: '{{count}} peeiʹv mâŋŋnam'
  },
  wellbeing: {
    title: 'Pueʹrrvääjjam (SWEMWBS)',
    none: 'Pueʹrrvääjjammeâldummšid ij leäkku veâl ǩeeʹrjtum.',
    chartTitle: 'SWEMWBS-čuõkk meâldemvuâra mieʹldd',
    chartDescription: 'Skaal 7–35; šuurab lååkk čuäʹjat pueʹrab pueʹrrvääjjam.',
    summaryOne: '{{timepoint}}: {{score}} čuõkk.',
    summaryChange: '{{fromTimepoint}} {{from}} čuõkk, {{toTimepoint}} {{to}} čuõkk. Muuttâs {{change}} čuõkk.',
    tableCaption: 'Taullõk: SWEMWBS-čuõkk',
    timepoint: 'Meâldemvuâra',
    score: 'Čuõkk',
    date: 'Peiʹvvmieʹrr',
    reference: 'Veʹrddõs',
    referenceLine: '{{label}}: {{value}}',
    referenceSource: 'Lädd: {{source}}'
  },
  events: {
    title: 'Šõddmõõžž',
    none: 'Šõddmõõžžid ij leäkku veâl ǩeeʹrjtum.',
    recordedBy: 'Ǩeeʹrjti: {{role}}',
    details: 'Lââʹssteâđ',
    type: {
      'referral-received': 'Õhjjõs puõʹtti',
      'referral-received_self': 'Jiiʹjjes ooccmõš puõʹtti',
      routed: 'Õhjjummuš: {{route}}',
      meeting: 'Kaaunõõttmõš: {{place}}',
      'activity-tried': 'Ǩiččlõõđi toimmjummuž: {{name}}',
      'activity-joined': 'Älggi tuåimmjumuužže: {{name}}',
      'questionnaire-completed': 'Meâldummuš tiuddjum: {{instrument}}, {{timepoint}}',
      note: 'Meârkkõs',
      closed: 'Äʹšš puõtti: {{reason}}',
      'follow-up-due': 'Čuõʹvvemmeâldummuš suåppum {{date}} räjja',
      'follow-up-done': 'Čuõʹvvemmeâldummuš raajjum',
      'period-agreed': 'Suåppum äiʹǧǧ: {{date}} räjja',
      'goals-set': 'Õsttâm ǩeeʹrjtum',
      'needs-recorded': 'Cõgldõõzz da väjja kääzzkõõzz ǩeeʹrjtum'
    },
    reasons: 'Veäʹr: {{reasons}}',
    duration_one: 'Peešttõs {{count}} minutt',
    duration_other: 'Peešttõs {{count}} minuutt',
    duration_two: 'Peešttõs {{count}} minuutt',
    kilometres_one: '{{count}} ǩilomettar',
    kilometres_other: '{{count}} ǩilomettar',
    kilometres_two: '{{count}} ǩilomettar',
    periodReason: 'Vieʹrr: {{reason}}',
    barriers: 'Cõgldõõzz: {{list}}',
    unmetNeeds: 'Mii lij väjja: {{list}}',
    score: 'Čuõkk {{score}}'
  },
  instruments: {
    swemwbs: 'pueʹrrvääjjam (SWEMWBS)',
    esis: 'vuässadvuõtt'
  },
  closure: {
    title: 'Looppâm',
    endingReason: 'Looppâm vieʹrr',
    whyEnded: 'Mõõzz',
    meetings: 'Kaaunõõttmõõžž',
    hours: 'Âʹnnum äiʹǧǧ',
    hoursLinkWorker: 'liŋkkooumaž {{hours}} h',
    hoursCoordinator: 'koordinaattor {{hours}} h',
    kilometres: 'Ǩilomettar',
    whatCameIn: 'Mii puõʹtti arggjieʹllma',
    activitiesJoined: 'Toimmjummuš, koozz son kuâđji',
    continuing: 'Mäʹhtt juätkk',
    personAnswers: 'Oummu jiijjâs vasttõõzz',
    recommend: 'Suosittelisitko hyvinvointilähetettä muille?',
    wellbeingStrengthened: 'Koen hyvinvointini vahvistuneen hyvinvointilähetteestä seuranneiden asioiden johdosta',
    answer: '{{label}} ({{value}}/5)',
    notAnswered: 'Ij vaʹsttuum',
    feedbackToReferrer: 'Maacctõs õhjjõõzz raajjja',
    feedbackShared: 'Ooumaž uuʹdi lååʹv mušttled maacctõõzz õhjjõõzz raajjja.',
    feedbackNotShared: 'Ij leäkku lååʹpp: maacctõs lij pâi ääʹšš teâđain, ij-ǥa õhjjõõzz raajji vueiʹn tõn.'
  },
  actions: {
    print: 'Printtee õʹhtteǩeässmõõžž'
  }
};
