import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Activity } from '@linkki/schema';
import { ADMIN_KEY, intakeBaseFor, newRun, planRequests } from '../../../../test/helpers/intake.js';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiActivityFinder } from './activity-finder.js';
import './define.js';

/**
 * `<linkki-activity-finder src>` pointed at the real @linkki/intake's Open Referral feed (`GET
 * /services`, PGlite in memory, behind the test runner's pass-through; see test/server/intake-faults.mjs):
 * activities imported through the API, read back page by page as HSDS 3.0 and shown.
 */
const activityOf = (run: string, n: number, name: Activity['name'], extra: Partial<Activity> = {}): Activity => ({
  id: `feed-${run}-${n}`,
  name,
  description: { fi: `Kokoontuu kylätalolla. Tunnus ${run}.` },
  organisation: { name: `Esimerkkiyhdistys ${run}` },
  categories: ['village'],
  municipality: '758',
  location: { name: 'Kylätalo', address: { street: 'Esimerkkitie 1', postalCode: '99600', city: 'Sodankylä' } },
  schedule: { rules: [{ frequency: 'weekly', weekday: n, start: '13:00', end: '14:30' }] },
  cost: { free: true },
  attending: ['in-person'],
  languages: ['fi'],
  checked: '2026-11-20',
  ...extra,
});

async function importActivities(run: string, activities: Activity[]) {
  const response = await fetch(`${intakeBaseFor(run)}/catalogue/import?format=linkki`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ activities }),
  });
  expect(response.status).to.equal(200);
  expect((await response.json()).created).to.equal(activities.length);
}

const names = (el: HTMLElement) => queryAllByRole(el, 'article').map((a) => a.querySelector('[id^="name-"]')!.textContent!.trim());
const shown = (el: LinkkiActivityFinder, count: number) =>
  waitUntil(() => names(el).length === count, `${count} activities not shown (${names(el).length})`, { timeout: 20000 });

describe('<linkki-activity-finder src> on the intake’s Open Referral feed', () => {
  it('follows the feed’s pages and shows every activity, with its times', async () => {
    const run = newRun();
    const villages = ['Alakylän kahvila', 'Isokylän tanhuryhmä', 'Kirkonkylän lukupiiri', 'Vaaran kävelyporukka', 'Järvikylän käsityöpiiri'];
    await importActivities(run, villages.map((fi, i) => activityOf(run, i + 1, { fi })));
    // Two services a page: the finder reads pages 1–3 of the feed, filtered to this run's activities.
    const src = `${intakeBaseFor(run)}/services?per_page=2&text=${run}`;
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" today="2026-11-24" src=${src}></linkki-activity-finder>`);
    await shown(el, 5);
    expect(names(el)).to.have.members(villages);
    expect(getByRole(el, 'heading', { name: /5 activities found/ })).to.exist;
    expect(getByRole(el, 'article', { name: 'Kirkonkylän lukupiiri' }).textContent!.replace(/\s+/g, ' ')).to.contain('every Wednesday at 1:00 PM');
  });

  it('shows the Sami names of the feed in Northern Sami, and an edit made through the API after a reload', async () => {
    const run = newRun();
    await importActivities(run, [activityOf(run, 2, { fi: 'Saamenkielinen käsityöpiiri', se: 'Duodjebiire' }, { languages: ['se', 'fi'] })]);
    const src = `${intakeBaseFor(run)}/services?text=${run}&lang=se`;
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="se" today="2026-11-24" src=${src}></linkki-activity-finder>`);
    await shown(el, 1);
    expect(names(el)).to.deep.equal(['Duodjebiire']);

    // A coordinator of Sodankylä (758) renames it; the feed carries the change.
    const added = await fetch(`${intakeBaseFor(run)}/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Testi Koordinaattori', role: 'coordinator', municipalities: ['758'] }),
    });
    const { key } = await added.json();
    const renamed = activityOf(run, 2, { fi: 'Saamenkielinen käsityöpiiri', se: 'Duodjebiire ja sámegiella' }, { languages: ['se', 'fi'] });
    const put = await fetch(`${intakeBaseFor(run)}/catalogue/activities/${renamed.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(renamed),
    });
    expect(put.status).to.equal(200);
    el.setAttribute('src', `${src}&page=1`);
    await waitUntil(() => names(el)[0] === 'Duodjebiire ja sámegiella', 'the edit is not shown', { timeout: 20000 });
  });

  it('has its search box while the feed is slow to answer: words typed meanwhile are searched when it arrives, in the same box', async () => {
    const run = newRun();
    const villages = ['Alakylän kahvila', 'Vaaran kävelyporukka', 'Kirkonkylän lukupiiri'];
    await importActivities(run, villages.map((fi, i) => activityOf(run, i + 1, { fi })));
    await planRequests(run, ['slow:2500']);
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" today="2026-11-24" src=${`${intakeBaseFor(run)}/services?text=${run}`}></linkki-activity-finder>`);
    await waitUntil(() => queryByRole(el, 'searchbox', { name: /Search activities/ }), 'no search box while loading', { timeout: 10000 });
    const box = getByRole(el, 'searchbox', { name: /Search activities/ }) as HTMLInputElement;
    expect(queryAllByRole(el, 'status').some((s) => s.textContent!.includes('Loading activities'))).to.equal(true);
    expect(names(el)).to.deep.equal([]);

    box.focus();
    await sendKeys({ type: 'kävely' });
    await shown(el, 1);
    expect(names(el)).to.deep.equal(['Vaaran kävelyporukka']);
    // The same box, still focused, with what was typed; the count is announced as for any search.
    expect(getByRole(el, 'searchbox', { name: /Search activities/ })).to.equal(box);
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.value).to.equal('kävely');
    await waitUntil(() => queryAllByRole(el, 'status').some((s) => s.textContent!.includes('1 activity found')), 'the count was not announced');
  });

  it('passes axe in every locale while the catalogue is loading', async () => {
    const run = newRun();
    await importActivities(run, [activityOf(run, 1, { fi: 'Alakylän kahvila' })]);
    await planRequests(run, Array.from({ length: 6 }, () => 'slow:4000'));
    const src = `${intakeBaseFor(run)}/services?text=${run}`;
    await expectAccessibleInEveryLocale<LinkkiActivityFinder>(() => html`<linkki-activity-finder today="2026-11-24" src=${src}></linkki-activity-finder>`, {
      prepare: async (el) => {
        await waitUntil(() => queryByRole(el, 'searchbox'), 'no search box while loading', { timeout: 10000 });
        expect(names(el)).to.deep.equal([]);
      },
    });
  });

  it('says the catalogue could not be loaded when the feed refuses a malformed query', async () => {
    const run = newRun();
    const el = await fixture<LinkkiActivityFinder>(html`<linkki-activity-finder lang="en" src=${`${intakeBaseFor(run)}/services?per_page=0`}></linkki-activity-finder>`);
    await waitUntil(() => queryByRole(el, 'alert'), 'no alert', { timeout: 20000 });
    expect(getByRole(el, 'alert').textContent).to.contain('could not be loaded');
  });
});
