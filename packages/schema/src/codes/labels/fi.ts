import type { CodeLabels } from './types.js';

export { accessibility, activityCategory, attendingType, language } from './fi-activity.js';

export const referralReason = {
  loneliness: 'Yksinäisyyden lievittäminen',
  mood: 'Mielialan muutos',
  participation: 'Osallisuuden vahvistaminen',
  wellbeing: 'Hyvinvoinnin lisääminen',
  'physical-functioning': 'Fyysisen toimintakyvyn vahvistaminen',
  'social-network': 'Sosiaalisen verkoston vahvistaminen',
  errands: 'Asiointi kodin ulkopuolella',
  'future-plans': 'Tulevaisuuden suunnitelmat',
  'digital-skills': 'Digi-osaamisen vahvistaminen',
  other: 'Muu syy',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Sosiaalipalvelut',
  'health-services': 'Terveyspalvelut',
  'employment-services': 'Työllisyyspalvelut',
  'education-culture-services': 'Sivistys- ja kulttuuripalvelut',
  association: 'Järjestö tai yhdistys',
  parish: 'Seurakunta',
  other: 'Muu',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Nainen',
  male: 'Mies',
  other: 'Muu',
  'not-stated': 'En halua sanoa',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Käynnissä',
  completed: 'Vietiin läpi suunnitellusti',
  interrupted: 'Keskeytyi',
  'no-joint-work': 'Ei johtanut työskentelyyn',
  'referred-elsewhere': 'Ohjautui muualle',
  'may-start-later': 'Aloittaa mahdollisesti myöhemmin',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Suoraan toimintaan',
  'link-worker': 'Linkkihenkilölle',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'Alussa',
  end: 'Lopussa',
  'follow-up': 'Seuranta 3 kk',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'Kotona',
  outdoors: 'Ulkona',
  activity: 'Toiminnassa',
  remote: 'Etänä',
  other: 'Muualla',
  phone: 'Puhelimessa',
  video: 'Videoyhteydellä',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Lähetteen tekijä',
  coordinator: 'Koordinaattori',
  'link-worker': 'Linkkihenkilö',
  person: 'Lähetteen saaja',
  system: 'Järjestelmä',
} satisfies CodeLabels['recorderRole'];

export const recommendAnswer = {
  1: 'En missään tapauksessa',
  2: 'Tuskin',
  3: 'En osaa sanoa',
  4: 'Luultavasti',
  5: 'Ehdottomasti',
  declined: 'Ei halunnut vastata',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Täysin eri mieltä',
  2: 'Jokseenkin eri mieltä',
  3: 'Ei samaa eikä eri mieltä',
  4: 'Jokseenkin samaa mieltä',
  5: 'Täysin samaa mieltä',
  declined: 'Ei halunnut vastata',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Ei halunnut jatkaa',
  'not-reached': 'Ei tavoitettu',
  health: 'Terveydentila muuttui',
  'other-service': 'Tarvitsi toisenlaista palvelua',
  moved: 'Muutti pois',
  'no-suitable-activity': 'Sopivaa toimintaa ei löytynyt',
  other: 'Muu syy',
  'not-recorded': 'Ei kirjattu',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Jatkaa toiminnassa',
  volunteer: 'Jatkaa vapaaehtoisena',
  'support-person': 'Jatkaa tukihenkilön kanssa',
  'peer-group': 'Jatkaa vertaisryhmässä',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Kulkeminen',
  cost: 'Hinta',
  health: 'Terveys tai jaksaminen',
  'no-company': 'Ei seuraa, jonka kanssa lähteä',
  timing: 'Ajankohta',
  language: 'Kieli',
  accessibility: 'Esteellisyys',
  digital: 'Vaatii digitaitoja',
  other: 'Muu este',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Toimintaa lähempänä',
  'activity-in-language': 'Toimintaa omalla kielellä',
  'transport-service': 'Kuljetus',
  'support-person': 'Tukihenkilö',
  'peer-group': 'Vertaisryhmä',
  'digital-help': 'Digituki',
  other: 'Muu tarve',
} satisfies CodeLabels['unmetNeed'];
