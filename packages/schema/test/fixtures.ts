import type { Activity, Case, InstrumentDefinition, ProfessionalReferral, QuestionnaireResponse, SelfReferral } from '../src/index.js';

/** Invented sample data: no real person, phone numbers from the range reserved for fiction. */
export const swemwbsResponse: QuestionnaireResponse = {
  instrument: { id: 'swemwbs', version: '1.0' },
  language: 'fi',
  timepoint: 'start',
  answers: { optimistic: 3, useful: 3, relaxed: 4, problems: 3, thinking: 4, close: 2, decisions: 4 },
  score: { raw: 23, metric: 20.73 },
  completedAt: '2026-03-02T10:15:00+02:00',
};

export const professionalReferral: ProfessionalReferral = {
  kind: 'professional',
  id: '0b7c1a9e-6f1d-4c8e-9a3b-2d5f7e8c1a40',
  createdAt: '2026-03-02T10:20:00+02:00',
  referrer: {
    type: 'health-services',
    name: 'Testi Terveydenhoitaja',
    organisation: 'Esimerkkikunnan terveysasema',
    contact: { phone: '040 000 0001' },
    wantsFeedback: true,
  },
  person: {
    name: 'Aino Esimerkki',
    contact: { phone: '040 000 0002' },
    birthYear: 1947,
    gender: 'female',
    municipality: '758',
    language: 'fi',
  },
  reasons: ['loneliness', 'other'],
  otherReason: 'Haluaa oppia käyttämään tablettia',
  hopes: 'Seuraa ja tekemistä viikoittain',
  consent: true,
  swemwbs: swemwbsResponse,
};

export const selfReferral: SelfReferral = {
  kind: 'self',
  id: '5a8f2c3d-1b4e-4f6a-8c9d-0e1f2a3b4c5d',
  createdAt: '2026-04-11T09:00:00+03:00',
  person: {
    name: 'Niillas Ovdamearka',
    contact: { email: 'niillas@example.org' },
    age: 71,
    municipality: '148',
    language: 'se',
  },
  reasons: ['social-network'],
  consent: true,
};

export const activity: Activity = {
  id: 'sod-001',
  name: { fi: 'Kyläkahvila', se: 'Gilikafea' },
  organisation: { name: 'Esimerkkikylän kyläyhdistys ry' },
  categories: ['meeting-place', 'village'],
  municipality: '758',
  schedule: { rules: [{ frequency: 'biweekly', weekday: 4, start: '13:00', end: '15:00', anchor: '2026-01-08' }] },
  cost: { free: true },
  attending: ['in-person'],
  languages: ['fi', 'se'],
  contact: { phone: '040 000 0003' },
  checked: '2026-10-01',
};

export const swemwbsDefinition: InstrumentDefinition = {
  id: 'swemwbs',
  version: '1.0',
  title: 'SWEMWBS',
  language: 'en',
  scoring: 'swemwbs',
  items: [
    { id: 'optimistic', text: 'Item 1' },
    { id: 'useful', text: 'Item 2' },
  ],
  scale: {
    min: 1,
    max: 5,
    labels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Step ${value}` })),
  },
};

export const caseRecord: Case = {
  id: 'case-1',
  referral: professionalReferral,
  events: [
    { type: 'referral-received', id: 'e1', at: '2026-03-02T10:20:00+02:00', by: 'referrer', referralKind: 'professional' },
    { type: 'routed', id: 'e2', at: '2026-03-05T09:00:00+02:00', by: 'coordinator', route: 'link-worker' },
    { type: 'meeting', id: 'e3', at: '2026-03-10T13:00:00+02:00', by: 'link-worker', place: 'home' },
    { type: 'questionnaire-completed', id: 'e4', at: '2026-03-10T13:30:00+02:00', by: 'link-worker', response: swemwbsResponse },
    {
      type: 'closed',
      id: 'e5',
      at: '2026-08-20T12:00:00+03:00',
      by: 'link-worker',
      closure: { endingReason: 'completed', meetings: 7, recommend: 5, wellbeingStrengthened: 4 },
    },
  ],
};
