import type { CodeLabels } from './types.js';

export const language = {
  fi: 'Finnish',
  se: 'Northern Sami',
  smn: 'Inari Sami',
  sms: 'Skolt Sami',
  sv: 'Swedish',
  en: 'English',
} satisfies CodeLabels['language'];

export const referralReason = {
  loneliness: 'Relieving loneliness',
  mood: 'Change in mood',
  participation: 'Strengthening participation',
  wellbeing: 'Increasing wellbeing',
  'physical-functioning': 'Strengthening physical functioning',
  'social-network': 'Strengthening the social network',
  errands: 'Running errands outside the home',
  'future-plans': 'Plans for the future',
  'digital-skills': 'Strengthening digital skills',
  other: 'Other reason',
} satisfies CodeLabels['referralReason'];

export const referrerType = {
  'social-services': 'Social services',
  'health-services': 'Health services',
  'employment-services': 'Employment services',
  'education-culture-services': 'Education and culture services',
  association: 'Association or NGO',
  parish: 'Parish',
  other: 'Other',
} satisfies CodeLabels['referrerType'];

export const gender = {
  female: 'Woman',
  male: 'Man',
  other: 'Other',
  'not-stated': 'Prefer not to say',
} satisfies CodeLabels['gender'];

export const caseStatus = {
  ongoing: 'Ongoing',
  completed: 'Completed as planned',
  interrupted: 'Interrupted',
  'no-joint-work': 'Did not lead to joint work',
  'referred-elsewhere': 'Referred elsewhere',
  'may-start-later': 'May start later',
} satisfies CodeLabels['caseStatus'];

export const route = {
  direct: 'Directly to an activity',
  'link-worker': 'To a link worker',
} satisfies CodeLabels['route'];

export const timepoint = {
  start: 'At the start',
  end: 'At the end',
  'follow-up': '3-month follow-up',
} satisfies CodeLabels['timepoint'];

export const meetingPlace = {
  home: 'At home',
  outdoors: 'Outdoors',
  activity: 'At an activity',
  remote: 'Remote',
  other: 'Elsewhere',
  phone: 'By phone',
  video: 'By video',
} satisfies CodeLabels['meetingPlace'];

export const recorderRole = {
  referrer: 'Referrer',
  coordinator: 'Coordinator',
  'link-worker': 'Link worker',
  person: 'Person referred',
  system: 'System',
} satisfies CodeLabels['recorderRole'];

export const attendingType = {
  'in-person': 'In person',
  'remote-phone': 'By phone',
  'remote-video': 'By video',
  'home-visit': 'Home visit',
  mobile: 'Mobile service',
} satisfies CodeLabels['attendingType'];

export const activityCategory = {
  exercise: 'Exercise',
  outdoors: 'Outdoors and nature',
  culture: 'Culture',
  music: 'Music and singing',
  crafts: 'Crafts',
  learning: 'Learning and courses',
  library: 'Library',
  'digital-help': 'Digital help',
  'peer-group': 'Peer group',
  'meeting-place': 'Meeting place',
  parish: 'Parish',
  volunteering: 'Volunteering',
  village: 'Village activities',
  'sami-culture': 'Sami culture',
} satisfies CodeLabels['activityCategory'];

export const accessibility = {
  'step-free': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'hearing-loop': 'Hearing loop',
  'parking-nearby': 'Parking nearby',
  seating: 'Seating and breaks',
  'companion-free': 'Companion free of charge',
  'transport-help': 'Help with transport',
  'large-print': 'Large print',
  quiet: 'Quiet, small group',
  'guide-dog': 'Guide dogs welcome',
} satisfies CodeLabels['accessibility'];

export const recommendAnswer = {
  1: 'Certainly not',
  2: 'Probably not',
  3: 'Not sure',
  4: 'Probably',
  5: 'Certainly',
  declined: 'Did not want to answer',
} satisfies CodeLabels['recommendAnswer'];

export const agreementAnswer = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
  declined: 'Did not want to answer',
} satisfies CodeLabels['agreementAnswer'];

export const whyEnded = {
  'person-withdrew': 'Did not want to go on',
  'not-reached': 'Could not be reached',
  health: 'Health changed',
  'other-service': 'Needed another kind of service',
  moved: 'Moved away',
  'no-suitable-activity': 'No suitable activity was found',
  other: 'Other reason',
  'not-recorded': 'Not recorded',
} satisfies CodeLabels['whyEnded'];

export const continuing = {
  activity: 'Goes on in the activity',
  volunteer: 'Goes on as a volunteer',
  'support-person': 'Goes on with a support person',
  'peer-group': 'Goes on in a peer group',
} satisfies CodeLabels['continuing'];

export const barrier = {
  transport: 'Getting there',
  cost: 'Cost',
  health: 'Health or energy',
  'no-company': 'No one to go with',
  timing: 'Time of day',
  language: 'Language',
  accessibility: 'Access barriers',
  digital: 'Needs digital skills',
  other: 'Other barrier',
} satisfies CodeLabels['barrier'];

export const unmetNeed = {
  'activity-nearby': 'Activities closer by',
  'activity-in-language': 'Activities in her own language',
  'transport-service': 'Transport',
  'support-person': 'A support person',
  'peer-group': 'A peer group',
  'digital-help': 'Digital help',
  other: 'Other need',
} satisfies CodeLabels['unmetNeed'];
