import type { CaseEvent, Referral } from '@linkki/schema';
import { randomId } from '../../packages/elements/src/shared/random-id.js';

/**
 * The element tests' view of the real @linkki/intake behind the fault layer
 * (test/server/intake-faults.mjs, mounted under /faulty by web-test-runner.config.mjs).
 */
export const newRun = () => randomId();

/** The endpoint an element posts to; attempt n of the run meets `plan[n-1]` (then `ok`). */
export const endpointFor = (run: string, plan: string[] = []) => `/faulty/${run}/referrals${plan.length ? `?plan=${plan.join(',')}` : ''}`;

export interface IntakeRow {
  id: string;
  reference: string;
  body: Referral;
}

/** What the database holds for the run: every referral stored under a key the run used. */
export async function intakeState(run: string): Promise<{ attempts: number; rows: IntakeRow[]; statusTokens: string[] }> {
  return (await fetch(`/faulty/${run}/state`)).json();
}

/** The intake's bootstrap admin key in the element tests (test/server/intake-faults.mjs). */
export const ADMIN_KEY = 'test-token';

/** The intake's base URL for a run: requests under it go to the real intake (e.g. `${base}/status/<token>`). */
export const intakeBaseFor = (run: string) => `/faulty/${run}`;

/** Faults for the run's requests other than `POST /referrals`, in order (`503`, `drop`, `slow:MS`, `late:MS`; then `ok`). */
export async function planRequests(run: string, plan: string[]) {
  await fetch(`/faulty/${run}/plan`, { method: 'PUT', body: JSON.stringify(plan) });
}


/** A valid self-referral of a fictional person, as the form would send it. */
export function sampleReferral(): Referral {
  return {
    kind: 'self',
    id: randomId(),
    createdAt: new Date().toISOString(),
    person: { name: 'Aino Esimerkki', contact: { phone: '040 000 0002' }, age: 79, municipality: '758', language: 'fi' },
    reasons: ['loneliness'],
    consent: true,
  } as Referral;
}

export interface ReferralReply {
  id: string;
  reference: string;
  statusToken: string;
}

/** Sends a referral straight to the intake (`POST /referrals`, as the form does) and returns the 201's body. */
export async function seedReferral(run: string, referral: Referral = sampleReferral()): Promise<ReferralReply> {
  const response = await fetch(endpointFor(run), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': referral.id },
    body: JSON.stringify(referral),
  });
  if (response.status !== 201) throw new Error(`POST /referrals answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Records a case event on a referral with the admin key (`POST /referrals/{id}/events`). */
export async function recordEvent(run: string, referralId: string, event: Omit<CaseEvent, 'id' | 'at'> & { at?: string }) {
  const response = await fetch(`${intakeBaseFor(run)}/referrals/${encodeURIComponent(referralId)}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    body: JSON.stringify({ id: randomId(), at: new Date().toISOString(), ...event }),
  });
  if (response.status !== 201) throw new Error(`POST /referrals/${referralId}/events answered ${response.status}: ${await response.text()}`);
  return response.json() as Promise<CaseEvent>;
}

/** The coordinator routes the referral: to a link worker, or directly to an activity. */
export const routeReferral = (run: string, referralId: string, route: 'link-worker' | 'direct' = 'link-worker', at?: string) =>
  recordEvent(run, referralId, { type: 'routed', by: 'coordinator', route, ...(at ? { at } : {}) } as Omit<CaseEvent, 'id' | 'at'>);

/** The case closes (completed, four meetings) with `feedback` to the referrer, shared only with `consent`. */
export const closeReferral = (run: string, referralId: string, { feedback, consent = false, at }: { feedback?: string; consent?: boolean; at?: string } = {}) =>
  recordEvent(run, referralId, {
    type: 'closed',
    by: 'link-worker',
    ...(at ? { at } : {}),
    closure: { endingReason: 'completed', meetings: 4, ...(feedback ? { feedbackToReferrer: feedback } : {}), ...(consent ? { feedbackConsent: true } : {}) },
  } as Omit<CaseEvent, 'id' | 'at'>);

/** Adds a staff member with the admin key (`POST /staff`) and returns her id and personal key (shown once). */
export async function addStaff(run: string, member: { name: string; role: 'coordinator' | 'link-worker' | 'evaluator' | 'admin'; municipalities: string[] }) {
  const response = await fetch(`${intakeBaseFor(run)}/staff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
    body: JSON.stringify(member),
  });
  if (response.status !== 201) throw new Error(`POST /staff answered ${response.status}: ${await response.text()}`);
  const { staff, key } = (await response.json()) as { staff: { id: string }; key: string };
  return { id: staff.id, key };
}
