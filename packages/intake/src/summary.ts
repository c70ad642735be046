import type { ListedReferral } from './store.js';

/** What the coordinator's list shows: no names or contact details, those are in the full record. */
export function referralSummary({ id, reference, status, receivedAt, assignedTo, referral, events }: ListedReferral) {
  const { person } = referral;
  const age = person.age ?? (person.birthYear ? new Date(receivedAt).getUTCFullYear() - person.birthYear : undefined);
  return {
    id,
    reference,
    status,
    receivedAt,
    kind: referral.kind,
    reasons: referral.reasons,
    municipality: person.municipality,
    language: person.language,
    age,
    assignedTo,
    events,
  };
}
