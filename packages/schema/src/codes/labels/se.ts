import type { CodeLabels } from './types.js';

// Northern Sami (davvisámegiella). Written by the development team from dictionaries; not reviewed
// by a native speaker yet (see translation-status.json).

export const language = {
  fi: 'suomagiella',
  se: 'davvisámegiella',
  smn: 'anárašgiella',
  sms: 'nuortalašgiella',
  sv: 'ruoŧagiella',
  en: 'eaŋgalsgiella',
} satisfies CodeLabels['language'];

export const referralReason = {
  loneliness: 'Oktovuođa geahpedeapmi',
  mood: 'Mielladili rievdan',
  participation: 'Searvama nannen',
  wellbeing: 'Buresveadjima lasiheapmi',
  'physical-functioning': 'Rumašlaš doaibmannávccaid nannen',
  'social-network': 'Sosiála fierpmádaga nannen',
  errands: 'Áššiid ordnen ruovttu olggobealde',
  'future-plans': 'Boahtteáiggi plánat',
  'digital-skills': 'Digitála máhtu nannen',
  other: 'Eará sivva',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiálabálvalusat',
  'health-services': 'Dearvvašvuođabálvalusat',
  'employment-services': 'Bargobálvalusat',
  'education-culture-services': 'Oahpahus- ja kulturbálvalusat',
  association: 'Organisašuvdna dahje searvi',
  parish: 'Searvegoddi',
  other: 'Eará',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Nisu',
  male: 'Dievdu',
  other: 'Eará',
  'not-stated': 'In hálit dadjat',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Jođus',
  completed: 'Čađahuvvui plána mielde',
  interrupted: 'Boatkanii',
  'no-joint-work': 'Ii šaddan ovttasbargu',
  'referred-elsewhere': 'Stivrejuvvui eará sadjái',
  'may-start-later': 'Sáhttá álgit maŋŋelis',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Njuolgga doibmii',
  'link-worker': 'Liŋkaolbmui',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Álggus',
  end: 'Loahpas',
  'follow-up': 'Čuovvun 3 mánu',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Ruovttus',
  outdoors: 'Olgun',
  activity: 'Doaimmas',
  remote: 'Gáiddus',
  other: 'Eará sajis',
  phone: 'UNTRANSLATED Puhelimessa',
  video: 'UNTRANSLATED Videoyhteydellä',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Čujuhusa dahkki',
  coordinator: 'Koordináhtor',
  'link-worker': 'Liŋkaolmmoš',
  person: 'Čujuhusa oažžu',
  system: 'Vuogádat',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'Báikki alde',
  'remote-phone': 'Telefovnnas',
  'remote-video': 'Videoovttastusain',
  'home-visit': 'Ruovttugalledeapmi',
  mobile: 'Johtti bálvalus',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Lihkadeapmi',
  outdoors: 'Olgoeallin ja luondu',
  culture: 'Kultuvra',
  music: 'Musihkka ja lávlun',
  crafts: 'Duodji ja giehtaduodji',
  learning: 'Oahppu ja kurssat',
  library: 'Girjerádju',
  'digital-help': 'Digitála doarjja',
  'peer-group': 'Ovttaveardásaš joavku',
  'meeting-place': 'Deaivvadanbáiki',
  parish: 'Searvegoddi',
  volunteering: 'Eaktodáhtolaš bargu',
  village: 'Gilledoaimmat',
  'sami-culture': 'Sámi kultuvra',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Hehttehis beassan',
  'accessible-toilet': 'Hehttehis hivsset',
  'hearing-loop': 'Induktiongeardu',
  'parking-nearby': 'Biilasadji lahka',
  seating: 'Čohkkánsajit ja boddut',
  'companion-free': 'Veahkki beassá nuvttá',
  'transport-help': 'Veahkki johtalussii',
  'large-print': 'Stuorra čála',
  quiet: 'Ráfálaš, unna joavku',
  'guide-dog': 'Bagadanbeana lea buresboahtin',
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
