import type { TimelineStrings } from './fi.js';
import type { WithDual } from '../../i18n/with-dual.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: WithDual<TimelineStrings> = {
  title: 'Pueʹrrvääjjamõhjjõõzz ouddnummuš',
  noCase: 'Äʹšš ij leäkku vaʹlljuum.',
  invalid: {
    title: 'Äʹšš teâđaid ij vuäitt čuäʹjted',
    body: 'Teâđain lij vââʹǩǩ. Maainast vueʹǩǩ reâššjeeʹja täid čuõkkid:'
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
    direct: 'Õhjjuum njuõʹlǧǧeeʹl tuåimma {{date}}. Liŋkkooumžin ij leäkku õhttsažtuâjj.',
    period: 'Älggi {{start}}. Kutt mannu: {{deadline}} räjja.',
    left: 'Pâi {{time}}',
    lastDay: 'Täʹbbe lij mââiʹmõs peiʹvv',
    used: 'Âʹnnum {{time}}',
    overdue: '{{time}} pâʹjjel kuuđ mannu',
    overdueHelp: 'Suåppjed, mäʹhtt õhttsažtuâjj puuttâd, da ǩeeʹrjet looppâm.',
    ended: 'Õhttsažtuâjj peʹštti {{time}} ({{start}}–{{end}}).',
    period_agreed: 'UNTRANSLATED Alkoi {{start}}. Sovittu jakso päättyy {{deadline}}.',
    overdue_agreed: 'UNTRANSLATED Sovittu jakso ylittyi {{time}}',
    meterLabel_agreed: 'UNTRANSLATED Sovitusta jaksosta käytetty',
    agreedReason: 'UNTRANSLATED Jakson pituudesta sovittiin toisin: {{reason}}',
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
    chartDescription: 'Skaal 7–35; šuurab looǥǥ čuäʹjat pueʹrab pueʹrrvääjjam.',
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
      'activity-tried': 'Ǩiččlõõđi tuåimmjummuž: {{name}}',
      'activity-joined': 'Älggi tuåimmjumuužže: {{name}}',
      'questionnaire-completed': 'Meâldummuš tiuddjum: {{instrument}}, {{timepoint}}',
      note: 'Meârkkõs',
      closed: 'Äʹšš puõtti: {{reason}}',
      'follow-up-due': 'Čuõʹvvemmeâldummuš suåppum {{date}} räjja',
      'follow-up-done': 'Čuõʹvvemmeâldummuš raajjum',
      'period-agreed': 'UNTRANSLATED Jakso sovittu päättymään {{date}}',
      'goals-set': 'UNTRANSLATED Tavoitteet kirjattu',
      'needs-recorded': 'UNTRANSLATED Esteet ja puuttuvat palvelut kirjattu'
    },
    reasons: 'Määin: {{reasons}}',
    duration_one: 'Peešttõs {{count}} minutt',
    duration_other: 'Peešttõs {{count}} minutt',
    duration_two: 'Peešttõs {{count}} minuutt',
    kilometres_one: 'UNTRANSLATED {{count}} kilometri',
    kilometres_other: 'UNTRANSLATED {{count}} kilometriä',
    kilometres_two: 'UNTRANSLATED {{count}} kilometriä',
    periodReason: 'UNTRANSLATED Syy: {{reason}}',
    barriers: 'UNTRANSLATED Mikä esti: {{list}}',
    unmetNeeds: 'UNTRANSLATED Mitä puuttui: {{list}}',
    score: 'Čuõkk {{score}}'
  },
  instruments: {
    swemwbs: 'pueʹrrvääjjam (SWEMWBS)',
    esis: 'vuässadvuõtt'
  },
  closure: {
    title: 'Looppâm',
    endingReason: 'Looppâm määinn',
    whyEnded: 'UNTRANSLATED Mistä syystä',
    meetings: 'Kaaunõõttmõõžž',
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
    notAnswered: 'Ij vaʹsttum',
    feedbackToReferrer: 'Maacctõs õhjjõõzz raajjja',
    feedbackShared: 'UNTRANSLATED Henkilö antoi luvan kertoa palautteen lähetteen tekijälle.',
    feedbackNotShared: 'UNTRANSLATED Ei lupaa: palaute on vain asiakkuuden tiedoissa, eikä lähetteen tekijä näe sitä.'
  },
  actions: {
    print: 'Printtee õʹhtteǩeässmõõžž'
  }
};
