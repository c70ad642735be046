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
  wellbeing: 'Öka välmåendet',
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
  phone: 'Per telefon',
  video: 'Via video',
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

export const recommendAnswer = {
  1: 'Absolut inte',
  2: 'Knappast',
  3: 'Vet inte',
  4: 'Troligen',
  5: 'Absolut',
  declined: 'Ville inte svara',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Helt av annan åsikt',
  2: 'Delvis av annan åsikt',
  3: 'Varken av samma eller annan åsikt',
  4: 'Delvis av samma åsikt',
  5: 'Helt av samma åsikt',
  declined: 'Ville inte svara',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Ville inte fortsätta',
  'not-reached': 'Nåddes inte',
  health: 'Hälsotillståndet förändrades',
  'other-service': 'Behövde en annan slags tjänst',
  moved: 'Flyttade bort',
  'no-suitable-activity': 'Ingen passande verksamhet hittades',
  other: 'Annan orsak',
  'not-recorded': 'Inte antecknad',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Fortsätter i verksamheten',
  volunteer: 'Fortsätter som frivillig',
  'support-person': 'Fortsätter med en stödperson',
  'peer-group': 'Fortsätter i en kamratgrupp',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Att ta sig dit',
  cost: 'Priset',
  health: 'Hälsa eller ork',
  'no-company': 'Inget sällskap att gå med',
  timing: 'Tidpunkten',
  language: 'Språket',
  accessibility: 'Hinder i tillgängligheten',
  digital: 'Kräver digitala färdigheter',
  other: 'Annat hinder',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Verksamhet närmare',
  'activity-in-language': 'Verksamhet på eget språk',
  'transport-service': 'Skjuts',
  'support-person': 'Stödperson',
  'peer-group': 'Kamratgrupp',
  'digital-help': 'Digitalt stöd',
  other: 'Annat behov',
} satisfies CodeLabels['unmetNeed'];
