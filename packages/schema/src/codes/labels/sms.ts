import type { CodeLabels } from './types.js';

// Skolt Sami (nuõrttsääʹmǩiõll). A best-effort draft by the development team, composed from
// dictionary roots; not reviewed by a native speaker yet (see translation-status.json). Uses the
// modifier letter prime ʹ (U+02B9) as Skolt orthography does.

export const language = {
  fi: 'lääʹddǩiõll',
  se: 'tâʹvvsääʹmǩiõll',
  smn: 'aanarsääʹmǩiõll',
  sms: 'nuõrttsääʹmǩiõll',
  sv: 'ruõccǩiõll',
  en: 'eŋgglõsǩiõll',
} satisfies CodeLabels['language'];

export const referralReason = {
  loneliness: 'Õhttnaž oummu veäʹǩǩtummuš',
  mood: 'Miõllvueʹjj muttâs',
  participation: 'Õõutsažvuõđ ceõlldummuš',
  wellbeing: 'Pueʹrrvääjjam lââʹzzeem',
  'physical-functioning': 'Fyyslaž tåimmamoodd raavummuš',
  'social-network': 'Sosiaalʼlaž ǩeeʹrj ceõlldummuš',
  errands: 'Äʹššbeâtt staaʹlben pääiʹǩ åålǥbeäʹlnn',
  'future-plans': 'Pueʹtti äiʹǧǧ plaan',
  'digital-skills': 'Digitaalʼlaž silttõõžž ceõlldummuš',
  other: 'Nuʹbb vieʹrr',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiaalǩiõttõõzz',
  'health-services': 'Tiõrvâsvuõttǩiõttõõzz',
  'employment-services': 'Tuâjjǩiõttõõzz',
  'education-culture-services': 'Škooulʼjem- da kultturǩiõttõõzz',
  association: 'Organisaatio leʹbe õhttõs',
  parish: 'Seäʹbrrkåʹdd',
  other: 'Nuʹbb',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Neezzan',
  male: 'Åålmai',
  other: 'Nuʹbb',
  'not-stated': 'Jiõm tååʹst jiõʹǧǧe',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Mõõnni',
  completed: 'Tuåimmai plaan mieʹldd',
  interrupted: 'Pottʼtõõvi',
  'no-joint-work': 'Ij šõddâm õõutstuâjj',
  'referred-elsewhere': 'Õhjjeeʹješ nuʹbb sâjja',
  'may-start-later': 'Vuäitt älggted mâŋŋa',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Njuõʹlǧǧeeʹl toimmjummša',
  'link-worker': 'Liŋkkoummu',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Aalǥâst',
  end: 'Loopp',
  'follow-up': 'Čuõʹvvem 3 mannu',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Päiʹǩǩen',
  outdoors: 'Åålǥbeäʹlnn',
  activity: 'Tuåimmjumuužžâst',
  remote: 'Ǩeeʹjjest',
  other: 'Nuʹbb sââʹjest',
  phone: 'Teʹlfoonâst',
  video: 'Videoõhttvuõđâst',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Õhjjõõzz raajji',
  coordinator: 'Koordinaattor',
  'link-worker': 'Liŋkkooumaž',
  person: 'Õhjjõõzz vuäžžai',
  system: 'Vueʹǩǩ',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'Sââʹjest',
  'remote-phone': 'Teʹlfoonâst',
  'remote-video': 'Videoõhttvuõđâst',
  'home-visit': 'Päiʹǩǩkuõskkõs',
  mobile: 'Jåttʼti ǩiõttõs',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Liikkummuš',
  outdoors: 'Åålǥbeäʹlnn jåʹttmõš da luõʹtt',
  culture: 'Kulttuur',
  music: 'Musikk da laaul',
  crafts: 'Ǩiõtt-tuâjj',
  learning: 'Mättjõõttmõš da kuurs',
  library: 'Ǩeeʹrjrääʹjj',
  'digital-help': 'Digitaalʼlaž veäʹǩǩ',
  'peer-group': 'Veʹrddeeʹl joukk',
  'meeting-place': 'Čõõǥǥâmsaaʹjj',
  parish: 'Seäʹbrrkåʹdd',
  volunteering: 'Jiijjâs tååʹtt tuâjj',
  village: 'Sijddtoimmjummuš',
  'sami-culture': 'Sääʹmkulttuur',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Cõggâsǩâttem pääʹzzem',
  'accessible-toilet': 'Cõggâsǩâttem hiʹvsseǩ',
  'hearing-loop': 'Induktiosilmukka',
  'parking-nearby': 'Autt-sââʹjj lääʹjjest',
  seating: 'Čuõmmâmsââʹjj da pååʹdd',
  'companion-free': 'Veäʹǩǩeei pääʹss tâʹvnnlââʹjjeld',
  'transport-help': 'Veäʹǩǩ jååʹttmõʹšše',
  'large-print': 'Šuurab ǩeeʹrjtõõzz',
  quiet: 'Rääfalaž, ucc joukk',
  'guide-dog': 'Õhjjeempiânn lij teâđstum',
} satisfies CodeLabels['accessibility'];

export const recommendAnswer = {
  1: 'Jiõm ni kuäʹss',
  2: 'Vuâstai jiõm',
  3: 'Jiõm tieʹđ',
  4: 'Vuâstai',
  5: 'Aainâs',
  declined: 'Ij haaʹlääm vaʹstteed',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Obbnes jeeʹresmiõllsaž',
  2: 'Vuäzzas jeeʹresmiõllsaž',
  3: 'Ij seämmamiõllsaž ij-ǥa jeeʹresmiõllsaž',
  4: 'Vuäzzas seämmamiõllsaž',
  5: 'Obbnes seämmamiõllsaž',
  declined: 'Ij haaʹlääm vaʹstteed',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Ij haaʹlääm juäʹtǩǩed',
  'not-reached': 'Ij käunnʼjam',
  health: 'Tiõrvâsvuõtt mottji',
  'other-service': 'Taarbši nuʹbb kääzzkõõzz',
  moved: 'Siirdčõõđi meädda',
  'no-suitable-activity': 'Nällšas toimmjummuš ij käunnʼjam',
  other: 'Nuʹbb vieʹrr',
  'not-recorded': 'Ij ǩeeʹrjtam',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Juätkk toimmjummšest',
  volunteer: 'Juätkk jiõččvälddsiʹžžen',
  'support-person': 'Juätkk tuärjjõsniiʹǩǩin',
  'peer-group': 'Juätkk veʹrddeeʹl jooukâst',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Jååttmõš',
  cost: 'Hâʹdd',
  health: 'Tiõrvâsvuõtt leʹbe kuåsttmõš',
  'no-company': 'Ij leäkku ǩeäiʹnn vueʹlǧǧed',
  timing: 'Ääiʹjpodd',
  language: 'Ǩiõll',
  accessibility: 'Cõgldõõzz sââʹjest',
  digital: 'Õõlǥat digitaalʼlaž silttõõzz',
  other: 'Nuʹbb cõgldõs',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Toimmjummuš âʹlddlest',
  'activity-in-language': 'Toimmjummuš jiijjâs ǩiõʹlle',
  'transport-service': 'Jååʹđtem',
  'support-person': 'Tuärjjõsneǩ',
  'peer-group': 'Veʹrddeeʹl joukk',
  'digital-help': 'Digitaalʼlaž veäʹǩǩ',
  other: 'Nuʹbb taarbâs',
} satisfies CodeLabels['unmetNeed'];
