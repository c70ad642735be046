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
    loading: 'UNTRANSLATED Ladataan asiakkuuden tietoja…',
    unauthorized: 'UNTRANSLATED Asiakkuutta ei voitu avata, koska kirjautuminen ei kelpaa tai se on vanhentunut. Kirjaudu uudelleen.',
    forbidden: 'UNTRANSLATED Sinulla ei ole oikeutta nähdä tätä asiakkuutta.',
    notFound: 'UNTRANSLATED Asiakkuutta ei löytynyt. Se on ehkä poistettu, tai sitä ei ole annettu sinulle.',
    network: 'UNTRANSLATED Asiakkuuden tietoja ei saatu, koska yhteys ei toimi. Tarkista verkkoyhteys ja yritä uudelleen.',
    retry: 'UNTRANSLATED Yritä uudelleen'
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
    overdueHelp: 'Šiehtadehkot, mo ovttasbargu loahpahuvvo, ja čális loahpaheami.',
    ended: 'Ovttasbargu bistii {{time}} ({{start}}–{{end}}).',
    period_agreed: 'UNTRANSLATED Alkoi {{start}}. Sovittu jakso päättyy {{deadline}}.',
    overdue_agreed: 'UNTRANSLATED Sovittu jakso ylittyi {{time}}',
    meterLabel_agreed: 'UNTRANSLATED Sovitusta jaksosta käytetty',
    agreedReason: 'UNTRANSLATED Jakson pituudesta sovittiin toisin: {{reason}}',
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
      'referral-received_self': 'Iežas ohcamuš bođii',
      routed: 'Stivren: {{route}}',
      meeting: 'Deaivvadeapmi: {{place}}',
      'activity-tried': 'Geahččalii doaimma: {{name}}',
      'activity-joined': 'Álggii doibmii: {{name}}',
      'questionnaire-completed': 'Mihttu deavdojuvvon: {{instrument}}, {{timepoint}}',
      note: 'Notáhta',
      closed: 'Ášši nohkkii: {{reason}}',
      'follow-up-due': 'Čuovvunmihtideapmi šiehtaduvvon {{date}} rádjái',
      'follow-up-done': 'Čuovvunmihtideapmi dahkon',
      'period-agreed': 'UNTRANSLATED Jakso sovittu päättymään {{date}}',
      'goals-set': 'UNTRANSLATED Tavoitteet kirjattu',
      'needs-recorded': 'UNTRANSLATED Esteet ja puuttuvat palvelut kirjattu'
    },
    reasons: 'Sivat: {{reasons}}',
    duration_one: 'Guhkkodat {{count}} minuhtta',
    duration_other: 'Guhkkodat {{count}} minuhta',
    duration_two: 'Guhkkodat {{count}} minuhta',
    kilometres_one: 'UNTRANSLATED {{count}} kilometri',
    kilometres_other: 'UNTRANSLATED {{count}} kilometriä',
    kilometres_two: 'UNTRANSLATED {{count}} kilometriä',
    periodReason: 'UNTRANSLATED Syy: {{reason}}',
    barriers: 'UNTRANSLATED Mikä esti: {{list}}',
    unmetNeeds: 'UNTRANSLATED Mitä puuttui: {{list}}',
    score: 'Čuoggát {{score}}'
  },
  instruments: {
    swemwbs: 'buresveadjin (SWEMWBS)',
    esis: 'searvan'
  },
  closure: {
    title: 'Loahpaheapmi',
    endingReason: 'Loahpaheami sivva',
    whyEnded: 'UNTRANSLATED Mistä syystä',
    meetings: 'Deaivvadeamit',
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
    notAnswered: 'Ii vástiduvvon',
    feedbackToReferrer: 'Máhcahat čujuhusa dahkkái',
    feedbackShared: 'UNTRANSLATED Henkilö antoi luvan kertoa palautteen lähetteen tekijälle.',
    feedbackNotShared: 'UNTRANSLATED Ei lupaa: palaute on vain asiakkuuden tiedoissa, eikä lähetteen tekijä näe sitä.'
  },
  actions: {
    print: 'Čálit čoahkkáigeasu'
  }
};
