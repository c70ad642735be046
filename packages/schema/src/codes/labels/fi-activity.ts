import type { CodeLabels } from './types.js';

// The Finnish labels of the code lists an activity uses, apart from fi.ts (which re-exports them), so
// that a bundle showing activities (the finder) does not carry the labels of referrals and cases.

export const language = {
  fi: 'suomi',
  se: 'pohjoissaame',
  smn: 'inarinsaame',
  sms: 'koltansaame',
  sv: 'ruotsi',
  en: 'englanti',
} satisfies CodeLabels['language'];

export const attendingType = {
  'in-person': 'Paikan päällä',
  'remote-phone': 'Puhelimessa',
  'remote-video': 'Videoyhteydellä',
  'home-visit': 'Kotikäynti',
  mobile: 'Liikkuva palvelu',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Liikunta',
  outdoors: 'Ulkoilu ja luonto',
  culture: 'Kulttuuri',
  music: 'Musiikki ja laulu',
  crafts: 'Käsityöt',
  learning: 'Opiskelu ja kurssit',
  library: 'Kirjasto',
  'digital-help': 'Digituki',
  'peer-group': 'Vertaisryhmä',
  'meeting-place': 'Kohtaamispaikka',
  parish: 'Seurakunta',
  volunteering: 'Vapaaehtoistyö',
  village: 'Kylätoiminta',
  'sami-culture': 'Saamelainen kulttuuri',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Esteetön kulku',
  'accessible-toilet': 'Esteetön WC',
  'hearing-loop': 'Induktiosilmukka',
  'parking-nearby': 'Pysäköinti lähellä',
  seating: 'Istumapaikkoja ja taukoja',
  'companion-free': 'Avustaja pääsee maksutta',
  'transport-help': 'Apua kuljetukseen',
  'large-print': 'Isokokoinen teksti',
  quiet: 'Rauhallinen, pieni ryhmä',
  'guide-dog': 'Opaskoira tervetullut',
} satisfies CodeLabels['accessibility'];
