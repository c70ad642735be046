import type { CodeLabels } from './types.js';

export const language = {
  fi: 'finska',
  se: 'nordsamiska',
  smn: 'enaresamiska',
  sms: 'skoltsamiska',
  sv: 'svenska',
  en: 'engelska',
} satisfies CodeLabels['language'];

export const referralReason = {
  loneliness: 'Lindra ensamhet',
  mood: 'Förändring i sinnesstämningen',
  participation: 'Stärka delaktigheten',
  wellbeing: 'Öka välbefinnandet',
  'physical-functioning': 'Stärka den fysiska funktionsförmågan',
  'social-network': 'Stärka det sociala nätverket',
  errands: 'Uträtta ärenden utanför hemmet',
  'future-plans': 'Planer för framtiden',
  'digital-skills': 'Stärka de digitala färdigheterna',
  other: 'Annan orsak',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Socialtjänster',
  'health-services': 'Hälsotjänster',
  'employment-services': 'Sysselsättningstjänster',
  'education-culture-services': 'Bildnings- och kulturtjänster',
  association: 'Organisation eller förening',
  parish: 'Församling',
  other: 'Annat',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Kvinna',
  male: 'Man',
  other: 'Annat',
  'not-stated': 'Vill inte säga',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Pågår',
  completed: 'Genomfördes som planerat',
  interrupted: 'Avbröts',
  'no-joint-work': 'Ledde inte till samarbete',
  'referred-elsewhere': 'Hänvisades vidare',
  'may-start-later': 'Börjar kanske senare',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Direkt till en verksamhet',
  'link-worker': 'Till en länkperson',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'I början',
  end: 'I slutet',
  'follow-up': 'Uppföljning 3 mån',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Hemma',
  outdoors: 'Utomhus',
  activity: 'I en verksamhet',
  remote: 'På distans',
  other: 'Någon annanstans',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Remittent',
  coordinator: 'Koordinator',
  'link-worker': 'Länkperson',
  person: 'Mottagare',
  system: 'Systemet',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'På plats',
  'remote-phone': 'Per telefon',
  'remote-video': 'Via video',
  'home-visit': 'Hembesök',
  mobile: 'Mobil tjänst',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Motion',
  outdoors: 'Friluftsliv och natur',
  culture: 'Kultur',
  music: 'Musik och sång',
  crafts: 'Hantverk',
  learning: 'Studier och kurser',
  library: 'Bibliotek',
  'digital-help': 'Digitalt stöd',
  'peer-group': 'Kamratstödsgrupp',
  'meeting-place': 'Mötesplats',
  parish: 'Församling',
  volunteering: 'Frivilligarbete',
  village: 'Byaverksamhet',
  'sami-culture': 'Samisk kultur',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Tillgänglig entré',
  'accessible-toilet': 'Tillgänglig toalett',
  'hearing-loop': 'Hörslinga',
  'parking-nearby': 'Parkering nära',
  seating: 'Sittplatser och pauser',
  'companion-free': 'Assistent gratis',
  'transport-help': 'Hjälp med transport',
  'large-print': 'Stor text',
  quiet: 'Lugn, liten grupp',
  'guide-dog': 'Ledarhund välkommen',
} satisfies CodeLabels['accessibility'];
