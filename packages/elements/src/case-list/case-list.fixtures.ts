import type { CaseSummary } from '@linkki/schema';

/** Fictional case list rows (no real people; staff names are invented), as the intake lists them on 24 November 2026. */
export const NOW = '2026-11-24';

const row = (n: number, fields: Partial<CaseSummary>): CaseSummary => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  reference: `LNK-2026-00010${n}`,
  status: 'new',
  receivedAt: '2026-11-20T09:00:00.000Z',
  kind: 'professional',
  reasons: ['loneliness'],
  municipality: '758',
  language: 'fi',
  age: 78,
  assignedTo: null,
  assignedName: null,
  routedAt: null,
  closedAt: null,
  followUpDue: null,
  waitingDays: 4,
  events: 1,
  ...fields,
});

export const sampleCases = (): CaseSummary[] => [
  row(1, { receivedAt: '2026-11-04T08:30:00.000Z', waitingDays: 20, reasons: ['loneliness', 'mood'] }),
  row(2, { kind: 'self', municipality: '698', reasons: ['digital-skills'] }),
  row(3, {
    status: 'link-worker',
    receivedAt: '2026-10-01T07:00:00.000Z',
    routedAt: '2026-10-12T10:00:00+03:00',
    waitingDays: 11,
    assignedTo: 'staff-linkki-1',
    assignedName: 'Testi Linkkihenkilö',
    reasons: ['physical-functioning', 'social-network'],
    events: 6,
  }),
  row(4, { status: 'direct', municipality: '148', receivedAt: '2026-09-15T07:00:00.000Z', routedAt: '2026-09-15T13:00:00+03:00', waitingDays: 0, reasons: ['participation'] }),
  row(5, {
    status: 'completed',
    receivedAt: '2026-01-10T07:00:00.000Z',
    routedAt: '2026-01-14T09:00:00+02:00',
    closedAt: '2026-08-01T12:00:00+03:00',
    followUpDue: '2026-11-01',
    waitingDays: 4,
    assignedTo: 'staff-linkki-1',
    assignedName: 'Testi Linkkihenkilö',
    events: 14,
  }),
  row(6, {
    status: 'interrupted',
    municipality: '890',
    receivedAt: '2026-05-04T07:00:00.000Z',
    routedAt: '2026-05-06T09:00:00+03:00',
    closedAt: '2026-10-15T12:00:00+03:00',
    followUpDue: '2027-01-15',
    waitingDays: 2,
    assignedTo: 'staff-linkki-2',
    assignedName: 'Testi Toinen Linkki',
    reasons: ['wellbeing'],
    events: 9,
  }),
];
