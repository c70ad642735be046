import type { Referral } from '@linkki/schema';
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
export async function intakeState(run: string): Promise<{ attempts: number; rows: IntakeRow[] }> {
  return (await fetch(`/faulty/${run}/state`)).json();
}
