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
  participation: 'Searvevuođa nannen',
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
  phone: 'Telefovnnas',
  video: 'Video bokte',
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
  'remote-video': 'Video bokte',
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
  village: 'Gilidoaimmat',
  'sami-culture': 'Sámi kultuvra',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Beassá sisa hehttehusaid haga',
  'accessible-toilet': 'Hivsset, masa beassá hehttehusaid haga',
  'hearing-loop': 'Jietna njuolgga gullanveahkkeneavvui',
  'parking-nearby': 'Parkerensadji lahka',
  seating: 'Čohkkánsajit ja bottut',
  'companion-free': 'Veahkki beassá nuvttá',
  'transport-help': 'Veahkki johtalussii',
  'large-print': 'Stuorra čála',
  quiet: 'Ráfálaš, unna joavku',
  'guide-dog': 'Oahpistanbeana lea buresboahtin',
} satisfies CodeLabels['accessibility'];

export const recommendAnswer = {
  1: 'In goassege',
  2: 'Illá',
  3: 'In dieđe',
  4: 'Jáhkkimis',
  5: 'Áinnas',
  declined: 'Ii háliidan vástidit',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Ollásit eará oaivilis',
  2: 'Muhtun muddui eará oaivilis',
  3: 'Ii seamma iige eará oaivilis',
  4: 'Muhtun muddui seamma oaivilis',
  5: 'Ollásit seamma oaivilis',
  declined: 'Ii háliidan vástidit',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Ii háliidan joatkit',
  'not-reached': 'Ii joksojuvvon',
  health: 'Dearvvašvuohta rievddai',
  'other-service': 'Dárbbašii eará bálvalusa',
  moved: 'Fárrii eret',
  'no-suitable-activity': 'Heivvolaš doaibma ii gávdnon',
  other: 'Eará sivva',
  'not-recorded': 'Ii čállojuvvon',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Joatká doaimmas',
  volunteer: 'Joatká eaktodáhtolažžan',
  'support-person': 'Joatká doarjjaolbmuin',
  'peer-group': 'Joatká ovttaveardásaš joavkkus',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Mátki',
  cost: 'Haddi',
  health: 'Dearvvašvuohta dahje návccat',
  'no-company': 'Ii leat geainna vuolgit',
  timing: 'Áigi',
  language: 'Giella',
  accessibility: 'Báikái lea váttis beassat',
  digital: 'Gáibida digitála máhtu',
  other: 'Eará hehttehus',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Doaibma lagabus',
  'activity-in-language': 'Doaibma iežas gillii',
  'transport-service': 'Fievrrideapmi',
  'support-person': 'Doarjjaolmmoš',
  'peer-group': 'Ovttaveardásaš joavku',
  'digital-help': 'Digitála doarjja',
  other: 'Eará dárbu',
} satisfies CodeLabels['unmetNeed'];
