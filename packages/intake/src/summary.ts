import type { CaseSummary, Referral } from '@linkki/schema';
import { daysBetween, todayIn } from './follow-ups.js';
import type { ListedReferral } from './store.js';

/** Where the service's users are: days are counted on Finnish calendar days. */
const TIME_ZONE = 'Europe/Helsinki';
/** The calendar day of a moment in Finland (`2026-11-19T22:30:00Z` is 20 November there). */
const dayInFinland = (at: string) => todayIn(TIME_ZONE, new Date(at));

/** The person's age when the referral was received: as given, or from the birth year. */
export const ageAtReceipt = ({ person }: Referral, receivedAt: string): number | undefined =>
  person.age ?? (person.birthYear ? new Date(receivedAt).getUTCFullYear() - person.birthYear : undefined);

/**
 * What the case list shows (`CaseSummary` of `@linkki/schema`): no names or contact details of the
 * person, those are in the full record. `waitingDays` counts whole Finnish calendar days from receipt
 * to the first routing; while the case is not routed, to its closure if it closed unrouted, else to
 * `today` (an ISO date, Finnish time).
 */
export function referralSummary(row: ListedReferral, today: string = todayIn(TIME_ZONE)): CaseSummary {
  const { id, reference, status, receivedAt, assignedTo, assignedName, routedAt, closedAt, followUpDue, referral, events } = row;
  const { person } = referral;
  const age = ageAtReceipt(referral, receivedAt);
  const waitedUntil = routedAt ?? closedAt;
  const waitingDays = Math.max(0, daysBetween(dayInFinland(receivedAt), waitedUntil ? dayInFinland(waitedUntil) : today));
  return {
    id,
    reference,
    status: status as CaseSummary['status'],
    receivedAt,
    kind: referral.kind,
    reasons: referral.reasons,
    municipality: person.municipality,
    language: person.language,
    ...(age === undefined ? {} : { age }),
    assignedTo,
    assignedName,
    routedAt,
    closedAt,
    followUpDue,
    waitingDays,
    events,
  };
}
