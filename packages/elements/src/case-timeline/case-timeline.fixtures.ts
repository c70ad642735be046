import { scoreSwemwbs, type Activity, type Case, type CaseEvent, type QuestionnaireResponse, type Timepoint } from '@linkki/schema';

/**
 * Fictional cases for the tests, stories and docs. Each is a state the timeline must show well;
 * `now` is the day the case is looked at.
 */

const SWEMWBS_ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'mind'];

/** A SWEMWBS response with a correct score, from seven answers 1–5. */
export function swemwbsResponse(timepoint: Timepoint, completedAt: string, answers: number[]): QuestionnaireResponse {
  const score = scoreSwemwbs(answers)!;
  return {
    instrument: { id: 'swemwbs', version: '1.0' },
    language: 'fi',
    timepoint,
    answers: Object.fromEntries(SWEMWBS_ITEMS.map((id, i) => [id, answers[i]!])),
    score: { raw: score.raw, metric: score.metric },
    completedAt,
  };
}

const at = (date: string, time = '10:00') => `${date}T${time}:00+02:00`;
let counter = 0;
const id = () => `e${++counter}`;

const received = (date: string, referralKind: 'professional' | 'self' = 'professional'): CaseEvent => ({
  type: 'referral-received', id: id(), at: at(date, '09:15'), by: 'system', referralKind, reasons: ['loneliness', 'mood'],
});
const routed = (date: string, route: 'direct' | 'link-worker'): CaseEvent => ({ type: 'routed', id: id(), at: at(date, '11:00'), by: 'coordinator', route });
const meeting = (date: string, place: 'home' | 'outdoors' | 'activity' | 'remote', note?: string): CaseEvent => ({
  type: 'meeting', id: id(), at: at(date, '13:00'), by: 'link-worker', place, durationMinutes: 60, ...(note ? { note } : {}),
});
const questionnaire = (date: string, timepoint: Timepoint, answers: number[]): CaseEvent => ({
  type: 'questionnaire-completed', id: id(), at: at(date, '14:00'), by: 'link-worker', response: swemwbsResponse(timepoint, at(date, '14:00'), answers),
});

/** A small fictional catalogue, to resolve activity names. */
export const sampleCatalogue: Activity[] = [
  {
    id: 'sod-kuoro',
    name: { fi: 'Kylätalon lauluryhmä', sv: 'Bytgårdens sånggrupp', en: 'Village hall singing group', se: 'Giliviesu lávlunjoavku' },
    organisation: { name: 'Esimerkkikylän kyläyhdistys' },
    categories: ['culture'],
    municipality: '758',
    cost: { free: true },
    attending: ['in-person'],
    languages: ['fi'],
    checked: '2026-10-01',
  },
  {
    id: 'sod-sauvakavely',
    name: { fi: 'Sauvakävelyporukka', en: 'Nordic walking group' },
    organisation: { name: 'Esimerkkikunnan liikuntapalvelut' },
    categories: ['exercise', 'outdoors'],
    municipality: '758',
    cost: { free: true },
    attending: ['in-person'],
    languages: ['fi'],
    checked: '2026-09-15',
  },
];

/** Referred four days ago, routed to a link worker today: six months ahead. */
export const newCase = (): { record: Case; now: string } => ({
  now: '2026-11-24',
  record: { id: 'case-new', events: [received('2026-11-20', 'self'), routed('2026-11-24', 'link-worker')] },
});

/** Two months in: meetings, an activity tried and joined, SWEMWBS at the start. */
export const midwayCase = (): { record: Case; now: string } => ({
  now: '2026-09-25',
  record: {
    id: 'case-midway',
    events: [
      received('2026-07-14'),
      routed('2026-07-20', 'link-worker'),
      meeting('2026-07-27', 'home', 'Tutustuttiin. Toivoo seuraa ja ulkoilua.'),
      questionnaire('2026-07-27', 'start', [2, 2, 3, 2, 3, 2, 2]),
      { type: 'activity-tried', id: id(), at: at('2026-08-12'), by: 'link-worker', activity: { activityId: 'sod-sauvakavely', name: 'Sauvakävely' } },
      meeting('2026-08-12', 'outdoors'),
      { type: 'activity-joined', id: id(), at: at('2026-09-02'), by: 'link-worker', activity: { activityId: 'sod-kuoro', name: 'Lauluryhmä' }, note: 'Käy joka toinen torstai.' },
      { type: 'note', id: id(), at: at('2026-09-10'), by: 'link-worker', text: 'Kyydistä sovittu naapurin kanssa.' },
    ],
  },
});

/** Past six months and still open. */
export const overdueCase = (): { record: Case; now: string } => ({
  now: '2026-11-24',
  record: {
    id: 'case-overdue',
    events: [received('2026-04-02'), routed('2026-04-10', 'link-worker'), meeting('2026-04-20', 'home'), meeting('2026-06-01', 'remote')],
  },
});

/** Closed at the end of July with SWEMWBS at start and end; the follow-up is coming up. */
export const closedCase = (): { record: Case; now: string } => ({
  now: '2026-09-30',
  record: {
    id: 'case-closed',
    events: [
      received('2026-01-26'),
      routed('2026-02-02', 'link-worker'),
      questionnaire('2026-02-09', 'start', [2, 2, 2, 3, 2, 2, 3]),
      meeting('2026-02-09', 'home'),
      meeting('2026-03-02', 'activity'),
      { type: 'activity-joined', id: id(), at: at('2026-03-02'), by: 'link-worker', activity: { activityId: 'sod-kuoro', name: 'Lauluryhmä' } },
      meeting('2026-05-11', 'outdoors'),
      questionnaire('2026-07-31', 'end', [4, 4, 3, 4, 4, 4, 4]),
      {
        type: 'closed', id: id(), at: at('2026-07-31', '15:00'), by: 'link-worker',
        closure: {
          endingReason: 'completed', meetings: 3, recommend: 5, wellbeingStrengthened: 4,
          whatCameIn: 'Lauluryhmä kahdesti kuussa ja uusi tuttava.', activitiesJoined: [{ activityId: 'sod-kuoro', name: 'Lauluryhmä' }],
          feedbackToReferrer: 'Yhteistyö päättyi suunnitellusti.',
        },
      },
    ],
  },
});

/** The closed case three months later, with the follow-up done. */
export const followedUpCase = (): { record: Case; now: string } => {
  const { record } = closedCase();
  return {
    now: '2026-11-24',
    record: {
      ...record,
      id: 'case-followed-up',
      events: [...record.events, { type: 'follow-up-done', id: id(), at: at('2026-10-29'), by: 'coordinator', response: swemwbsResponse('follow-up', at('2026-10-29'), [4, 3, 4, 3, 4, 4, 3]) }],
    },
  };
};

/** Sent straight to an activity: no link-worker period. */
export const directCase = (): { record: Case; now: string } => ({
  now: '2026-11-24',
  record: {
    id: 'case-direct',
    events: [
      received('2026-10-05'),
      routed('2026-10-08', 'direct'),
      { type: 'activity-joined', id: id(), at: at('2026-10-15'), by: 'coordinator', activity: { activityId: 'sod-sauvakavely', name: 'Sauvakävely' } },
    ],
  },
});

/** Reference lines as an embedder might pass them (figures are illustrative, not real statistics). */
export const sampleReferences = [{ label: 'Esimerkkiviite', value: 23.5, source: 'kuvitteellinen vertailuarvo esittelyä varten' }];
