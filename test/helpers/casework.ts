import type { Case } from '@linkki/schema';
import { ADMIN_KEY, intakeBaseFor } from './intake.js';

/**
 * Staff and assignments on the real intake of a run (test/server/intake-faults.mjs passes
 * `{base}/{run}/<path>` through to it), made through its API with the bootstrap admin key.
 */
async function asAdmin(run: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${intakeBaseFor(run)}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A fictional link worker of `municipalities`; returns her staff id and her personal key (shown once). */
export async function addLinkWorker(run: string, municipalities = ['758']): Promise<{ staffId: string; key: string }> {
  const { staff, key } = await asAdmin(run, 'POST', '/staff', { name: 'Testi Linkkihenkilö', role: 'link-worker', municipalities, languages: ['fi'] });
  return { staffId: staff.id, key };
}

/** The coordinator's assignment of a link worker to the referral (`POST /referrals/{id}/assignment`). */
export const assignLinkWorker = (run: string, referralId: string, staffId: string) =>
  asAdmin(run, 'POST', `/referrals/${encodeURIComponent(referralId)}/assignment`, { staffId });

/** What the intake holds for the referral now (`GET /referrals/{id}` as admin). */
export const storedCase = (run: string, referralId: string): Promise<Omit<Case, 'id'> & { id: string; receivedAt: string }> =>
  asAdmin(run, 'GET', `/referrals/${encodeURIComponent(referralId)}`);
