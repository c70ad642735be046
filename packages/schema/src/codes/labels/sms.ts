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
  loneliness: 'Õõutsââʹjjvuõđ ǩeâppeem',
  mood: 'Miõllvueʹjj muttâs',
  participation: 'Õõutsažvuõđ ceõlldummuš',
  wellbeing: 'Pueʹrrvääjjam lââʹzzeem',
  'physical-functioning': 'Ruõšš tuåimmjemvuõđ ceõlldummuš',
  'social-network': 'Sosiaalʼlaž ǩeeʹrj ceõlldummuš',
  errands: 'Äʹššbeâtt staaʹlben pääiʹǩ åålǥbeäʹlnn',
  'future-plans': 'Pueʹtti äiʹǧǧ plaan',
  'digital-skills': 'Digitaalʼlaž silttõõžž ceõlldummuš',
  other: 'Nuʹbb määinn',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiaalǩiõttõõzz',
  'health-services': 'Tiõrvâsvuõttǩiõttõõzz',
  'employment-services': 'Tuâjjǩiõttõõzz',
  'education-culture-services': 'Škooulʼjem- da kultturǩiõttõõzz',
  association: 'Organisaatio leʹbe õhttõs',
  parish: 'Sieʹbrrkåʹdd',
  other: 'Nuʹbb',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Nisslaž',
  male: 'Ååumaž',
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
  direct: 'Njuõʹlǧǧeeʹl tuåimma',
  'link-worker': 'Liŋkkoummu',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Älggmest',
  end: 'Loopp',
  'follow-up': 'Čuõʹvvem 3 mannu',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Päiʹǩǩen',
  outdoors: 'Åålǥbeäʹlnn',
  activity: 'Tuåimmjumuužžâst',
  remote: 'Ǩeeʹjjest',
  other: 'Nuʹbb sââʹjest',
  phone: 'UNTRANSLATED Puhelimessa',
  video: 'UNTRANSLATED Videoyhteydellä',
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
  'remote-phone': 'Telefoonâst',
  'remote-video': 'Videoõhttvuõđâst',
  'home-visit': 'Päiʹǩǩkuõskkõs',
  mobile: 'Jåttʼti ǩiõttõs',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Liikkummuš',
  outdoors: 'Åålǥbeäʹlnn jåʹttmõš da luõʹtt',
  culture: 'Kulttuur',
  music: 'Musiikk da laulummuš',
  crafts: 'Ǩiõtt-tuâjj',
  learning: 'Mättjõõttmõš da kuurs',
  library: 'Ǩeeʹrjrääʹjj',
  'digital-help': 'Digitaalʼlaž veäkk',
  'peer-group': 'Veʹrddeeʹl joukk',
  'meeting-place': 'Čõõǥǥâmsaaʹjj',
  parish: 'Sieʹbrrkåʹdd',
  volunteering: 'Jiijjâs tååʹtt tuâjj',
  village: 'Sijddtuåimmjummuš',
  'sami-culture': 'Sääʹmkulttuur',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Cõggâsǩâttem pääʹzzem',
  'accessible-toilet': 'Cõggâsǩâttem hiʹvsseǩ',
  'hearing-loop': 'Induktiosilmukk',
  'parking-nearby': 'Autt-sââʹjj lääʹjjest',
  seating: 'Čuõmmâmsââʹjj da pååʹdd',
  'companion-free': 'Veäʹǩǩeei pääʹss tâʹvnnlââʹjjeld',
  'transport-help': 'Veäkk jååʹttmõʹšše',
  'large-print': 'Šuurab ǩeeʹrjtõõzz',
  quiet: 'Rääfalaž, ucc joukk',
  'guide-dog': 'Õhjjeempiânn lij teâđstum',
} satisfies CodeLabels['accessibility'];

export const recommendAnswer = {
  1: 'UNTRANSLATED En missään tapauksessa',
  2: 'UNTRANSLATED Tuskin',
  3: 'UNTRANSLATED En osaa sanoa',
  4: 'UNTRANSLATED Luultavasti',
  5: 'UNTRANSLATED Ehdottomasti',
  declined: 'UNTRANSLATED Ei halunnut vastata',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'UNTRANSLATED Täysin eri mieltä',
  2: 'UNTRANSLATED Jokseenkin eri mieltä',
  3: 'UNTRANSLATED Ei samaa eikä eri mieltä',
  4: 'UNTRANSLATED Jokseenkin samaa mieltä',
  5: 'UNTRANSLATED Täysin samaa mieltä',
  declined: 'UNTRANSLATED Ei halunnut vastata',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'UNTRANSLATED Ei halunnut jatkaa',
  'not-reached': 'UNTRANSLATED Ei tavoitettu',
  health: 'UNTRANSLATED Terveydentila muuttui',
  'other-service': 'UNTRANSLATED Tarvitsi toisenlaista palvelua',
  moved: 'UNTRANSLATED Muutti pois',
  'no-suitable-activity': 'UNTRANSLATED Sopivaa toimintaa ei löytynyt',
  other: 'UNTRANSLATED Muu syy',
  'not-recorded': 'UNTRANSLATED Ei kirjattu',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'UNTRANSLATED Jatkaa toiminnassa',
  volunteer: 'UNTRANSLATED Jatkaa vapaaehtoisena',
  'support-person': 'UNTRANSLATED Jatkaa tukihenkilön kanssa',
  'peer-group': 'UNTRANSLATED Jatkaa vertaisryhmässä',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'UNTRANSLATED Kulkeminen',
  cost: 'UNTRANSLATED Hinta',
  health: 'UNTRANSLATED Terveys tai jaksaminen',
  'no-company': 'UNTRANSLATED Ei seuraa, jonka kanssa lähteä',
  timing: 'UNTRANSLATED Ajankohta',
  language: 'UNTRANSLATED Kieli',
  accessibility: 'UNTRANSLATED Esteellisyys',
  digital: 'UNTRANSLATED Vaatii digitaitoja',
  other: 'UNTRANSLATED Muu este',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'UNTRANSLATED Toimintaa lähempänä',
  'activity-in-language': 'UNTRANSLATED Toimintaa omalla kielellä',
  'transport-service': 'UNTRANSLATED Kuljetus',
  'support-person': 'UNTRANSLATED Tukihenkilö',
  'peer-group': 'UNTRANSLATED Vertaisryhmä',
  'digital-help': 'UNTRANSLATED Digituki',
  other: 'UNTRANSLATED Muu tarve',
} satisfies CodeLabels['unmetNeed'];
