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
  loneliness: 'Ohtuuvuođâ älkkeedittem',
  mood: 'Mielâtile nubástus',
  participation: 'Uásálistem nanodem',
  wellbeing: 'Pyereestvaijeem lasettem',
  'physical-functioning': 'Rumâšlâš iälšu nanodem',
  'social-network': 'Sosiaallâš viärmádâh nanodem',
  errands: 'Aašij hoittám päikki ulguubeln',
  'future-plans': 'Puátteevuođâ vuáváámeh',
  'digital-skills': 'Digitaallâš tááiđui nanodem',
  other: 'Eres suijâ',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiaalpalvâlusah',
  'health-services': 'Tiervâsvuotâpalvâlusah',
  'employment-services': 'Pargopalvâlusah',
  'education-culture-services': 'Škovlim- já kulttuurpalvâlusah',
  association: 'Organisaatio teikkâ servi',
  parish: 'Servikodde',
  other: 'Eres',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Nissoon',
  male: 'Almai',
  other: 'Eres',
  'not-stated': 'Jiem haalijd ettâđ',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Joton',
  completed: 'Olášui vuávám mield',
  interrupted: 'Potkânij',
  'no-joint-work': 'Ij šoddâm ovtâspargo',
  'referred-elsewhere': 'Stivrejui eres sajan',
  'may-start-later': 'Puáhtá älgiđ maŋeláá',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Njuolgist tooimân',
  'link-worker': 'Liŋkâulmui',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Aalgâst',
  end: 'Loopâst',
  'follow-up': 'Čuávvum 3 mánuppaje',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Pääihist',
  outdoors: 'Olgon',
  activity: 'Tooimâst',
  remote: 'Káidusist',
  other: 'Eres saajeest',
  phone: 'Puhelimist',
  video: 'Videoohtâvuođâst',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Čujottâs rähtee',
  coordinator: 'Koordinaattor',
  'link-worker': 'Liŋkâolmooš',
  person: 'Čujottâs uážžoo',
  system: 'Vuáháduv',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'Saajeest',
  'remote-phone': 'Puhelimist',
  'remote-video': 'Videoohtâvuođâst',
  'home-visit': 'Pääihisteellim',
  mobile: 'Jotteepalvâlus',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Lihâdem',
  outdoors: 'Olgonlihâdem já luándu',
  culture: 'Kulttuur',
  music: 'Muusik já lávlum',
  crafts: 'Kietâtyeji',
  learning: 'Oppâ já kuursah',
  library: 'Kirjerááju',
  'digital-help': 'Digitaallâš toorjâ',
  'peer-group': 'Viärdásâš juávkku',
  'meeting-place': 'Teivâdemsaje',
  parish: 'Servikodde',
  volunteering: 'Iävtutátulâš pargo',
  village: 'Sijdâtoimâ',
  'sami-culture': 'Sämikulttuur',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Iästuttes peessâm',
  'accessible-toilet': 'Iästuttes hiivsig',
  'hearing-loop': 'Induktiokeeđâ',
  'parking-nearby': 'Parkkisaje alda',
  seating: 'Čokkámsajeh já vuoiŋâstem',
  'companion-free': 'Išedeijee piäsá nuuvtá',
  'transport-help': 'Iše jottáám',
  'large-print': 'Stuorrâ tekstâ',
  quiet: 'Rávhálâš, uccâ juávkku',
  'guide-dog': 'Uápisteijeepeenuv uážžu puáttiđ',
} satisfies CodeLabels['accessibility'];

export const recommendAnswer = {
  1: 'Jiem kuássin',
  2: 'Vääiviht',
  3: 'Jiem tieđe',
  4: 'Ušom',
  5: 'Vissásávt',
  declined: 'Ij halijdâm västidiđ',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Ollásávt eres mielâst',
  2: 'Suulân eres mielâst',
  3: 'Ij siämmáá ige eres mielâst',
  4: 'Suulân siämmáá mielâst',
  5: 'Ollásávt siämmáá mielâst',
  declined: 'Ij halijdâm västidiđ',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Ij halijdâm juátkiđ',
  'not-reached': 'Ij juksum',
  health: 'Tiervâsvuotâ nubástui',
  'other-service': 'Tarbâšij eres palvâlus',
  moved: 'Varrij meddâl',
  'no-suitable-activity': 'Mudágis toimâ ij kavnum',
  other: 'Eres suijâ',
  'not-recorded': 'Ij čallum',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Juátká tooimâst',
  volunteer: 'Juátká iävtutátulâžžân',
  'support-person': 'Juátká toorjâulmuin',
  'peer-group': 'Juátká viärdásâš juávhust',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Jotteem',
  cost: 'Hadde',
  health: 'Tiervâsvuotâ teikkâ vaijeem',
  'no-company': 'Ij lah kiäin vyelgiđ',
  timing: 'Äigi',
  language: 'Kielâ',
  accessibility: 'Estuuh saajeest',
  digital: 'Váátá digitaallâš tááiđuid',
  other: 'Eres eestâ',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Toimâ aldeláá',
  'activity-in-language': 'Toimâ jieijâs kielân',
  'transport-service': 'Jođettem',
  'support-person': 'Toorjâolmooš',
  'peer-group': 'Viärdásâš juávkku',
  'digital-help': 'Digitaallâš toorjâ',
  other: 'Eres tárbu',
} satisfies CodeLabels['unmetNeed'];
