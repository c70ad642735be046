import type { CodeLabels } from './types.js';

// Inari Sami (anarâškielâ). A best-effort draft by the development team, composed from dictionary
// roots; not reviewed by a native speaker yet (see translation-status.json).

export const language = {
  fi: 'suomâkielâ',
  se: 'tavesämikielâ',
  smn: 'anarâškielâ',
  sms: 'nuorttâlâškielâ',
  sv: 'ruotâkielâ',
  en: 'eŋgâlâskielâ',
} satisfies CodeLabels['language'];

export const referralReason = {
  loneliness: 'Ohtuuvuođâ keppidem',
  mood: 'Mielâtile nubástus',
  participation: 'Oosâlistem nanodem',
  wellbeing: 'Pyereestvaljeem lasettem',
  'physical-functioning': 'Rumâšlâš toimâmnäävcci nanodem',
  'social-network': 'Sosiaallâš viärmádâh nanodem',
  errands: 'Äššij hoittem päikki ulguubeln',
  'future-plans': 'Puáttee äigi plaaneh',
  'digital-skills': 'Digitaalâš maahtu nanodem',
  other: 'Eres suujâ',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiaalpalvâlusah',
  'health-services': 'Tiervâsvuotâpalvâlusah',
  'employment-services': 'Pargopalvâlusah',
  'education-culture-services': 'Máttáátteem- já kulttuurpalvâlusah',
  association: 'Orgaanisaatio teikkâ servi',
  parish: 'Searvikodde',
  other: 'Eres',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Nissoon',
  male: 'Almai',
  other: 'Eres',
  'not-stated': 'Jiem haalijd eeđâđ',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Joton',
  completed: 'Čoođâttui plaan mield',
  interrupted: 'Pottânij',
  'no-joint-work': 'Ij šoddâm ovtâstpargo',
  'referred-elsewhere': 'Stivriimij eres sajan',
  'may-start-later': 'Puáhtá älgiđ maŋeláá',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Njuolgist toimân',
  'link-worker': 'Liŋkâolmân',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Algâst',
  end: 'Loopâst',
  'follow-up': 'Čuávvum 3 mánuppaje',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Pääihist',
  outdoors: 'Olgon',
  activity: 'Toimâst',
  remote: 'Káidusist',
  other: 'Eres sajeest',
  phone: 'UNTRANSLATED Puhelimessa',
  video: 'UNTRANSLATED Videoyhteydellä',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Čujottâs rähtee',
  coordinator: 'Koordinaattor',
  'link-worker': 'Liŋkâolmooš',
  person: 'Čujottâs uážžee',
  system: 'Vuáháduv',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'Sajeest',
  'remote-phone': 'Telefovnâst',
  'remote-video': 'Videoohtâvuođâst',
  'home-visit': 'Päikkicalledem',
  mobile: 'Jotteepalvâlus',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Lihâdem',
  outdoors: 'Olgoelimâš já luándu',
  culture: 'Kulttuur',
  music: 'Musiik já lávlum',
  crafts: 'Tuáji',
  learning: 'Oppâ já kuursah',
  library: 'Kirjerááju',
  'digital-help': 'Digitaalâš tuárjuv',
  'peer-group': 'Vertiduvâs juávkku',
  'meeting-place': 'Kuáhtámsaje',
  parish: 'Searvikodde',
  volunteering: 'Jiešmieđâlâš pargo',
  village: 'Sijdâtoimâ',
  'sami-culture': 'Sämikulttuur',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Hehttehis peessâm',
  'accessible-toilet': 'Hehttehis hivsig',
  'hearing-loop': 'Induktiokeeđâ',
  'parking-nearby': 'Pijlâsaje aldelân',
  seating: 'Čokkâdemsajeh já poddâh',
  'companion-free': 'Išedeijee peessâ nuuvtá',
  'transport-help': 'Iše jottáám',
  'large-print': 'Stuorrâ čälluš',
  quiet: 'Räfilâš, uccâ juávkku',
  'guide-dog': 'Oovdâstemkoijâ lii pyereest puáttim',
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
