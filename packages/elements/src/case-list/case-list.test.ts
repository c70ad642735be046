import type { Referral } from '@linkki/schema';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import {
  addStaff,
  closeReferral,
  intakeBaseFor,
  newRun,
  planRequests,
  routeReferral,
  sampleReferral,
  seedReferral,
} from '../../../../test/helpers/intake.js';
import { assignLinkWorker } from '../../../../test/helpers/casework.js';
import { getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { NOW, sampleCases } from './case-list.fixtures.js';
import type { LinkkiCaseList } from './case-list.js';
import { CaseListHarness } from './case-list.harness.js';
import './define.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

const mount = async (cases: unknown[] = sampleCases(), attributes: { lang?: string; caseHref?: string; waitingLimit?: number } = {}) => {
  const el = await fixture<LinkkiCaseList>(html`<linkki-case-list
    lang=${attributes.lang ?? 'en'}
    now=${NOW}
    case-href=${attributes.caseHref ?? ''}
    waiting-limit=${attributes.waitingLimit ?? 14}
    .cases=${cases}
  ></linkki-case-list>`);
  await el.updateComplete;
  return { el, h: new CaseListHarness(el) };
};

/** Waits until the list has an answer from the intake: rows, the empty message or a problem. */
async function answered(el: LinkkiCaseList) {
  await waitUntil(() => queryByRole(el, 'table') || queryByRole(el, 'alert') || /There are no cases|Asiakkuuksia ei ole/.test(text(el)), 'the list did not load', { timeout: 15000 });
  await el.updateComplete;
}

const fromIntake = async (run: string, key: string, options: { pageSize?: number; lang?: string } = {}) => {
  const el = await fixture<LinkkiCaseList>(html`<linkki-case-list
    lang=${options.lang ?? 'en'}
    endpoint=${intakeBaseFor(run)}
    page-size=${options.pageSize ?? 100}
    .authorization=${key}
  ></linkki-case-list>`);
  return { el, h: new CaseListHarness(el) };
};

const referralIn = (municipality: string): Referral => {
  const referral = sampleReferral();
  return { ...referral, person: { ...referral.person, municipality } } as Referral;
};

describe('<linkki-case-list> shows the cases it is given', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows reference, received date, waiting time, status, link worker, reasons, municipality and follow-up', async () => {
    const { h } = await mount();
    expect(h.references()).to.deep.equal(['LNK-2026-000101', 'LNK-2026-000102', 'LNK-2026-000103', 'LNK-2026-000104', 'LNK-2026-000105', 'LNK-2026-000106']);
    expect(h.row('LNK-2026-000101')).to.deep.equal({
      Reference: 'LNK-2026-000101',
      Received: '11/4/2026',
      Waiting: '! waiting 20 days. Waiting too long',
      Status: 'New, not yet routed',
      'Link worker': 'Not assigned',
      Reasons: 'Relieving loneliness and Change in mood',
      Municipality: 'Sodankylä',
      'Follow-up': 'No follow-up',
    });
    expect(h.row('LNK-2026-000102').Waiting).to.equal('waiting 4 days');
    expect(h.row('LNK-2026-000103')).to.include({ Waiting: 'routed in 11 days', Status: 'Routed: To a link worker', 'Link worker': 'Testi Linkkihenkilö' });
    expect(h.row('LNK-2026-000104')).to.include({ Waiting: 'routed the same day', Status: 'Routed: Directly to an activity', Municipality: 'Inari' });
    expect(h.row('LNK-2026-000105')).to.include({ Status: 'Closed: Completed as planned', 'Follow-up': '! Follow-up late (11/1/2026)' });
    expect(h.row('LNK-2026-000106')).to.include({ Status: 'Closed: Interrupted', 'Follow-up': 'Follow-up by 1/15/2027', Municipality: 'Utsjoki' });
  });

  it('speaks plain Finnish: "odottanut 20 päivää", and marks only waits over `waiting-limit`', async () => {
    const { el, h } = await mount(sampleCases(), { lang: 'fi' });
    expect(h.row('LNK-2026-000101').Odotus).to.equal('! odottanut 20 päivää. Odottanut liian kauan');
    expect(h.row('LNK-2026-000102').Odotus).to.equal('odottanut 4 päivää');
    expect(h.row('LNK-2026-000103')['Linkkihenkilö']).to.equal('Testi Linkkihenkilö');
    expect(h.row('LNK-2026-000102')['Linkkihenkilö']).to.equal('Ei osoitettu');
    el.waitingLimit = 20;
    await el.updateComplete;
    expect(h.row('LNK-2026-000101').Odotus).to.equal('odottanut 20 päivää');
  });

  it('filters by status, link worker, follow-up, municipality and reference, and says how many are shown', async () => {
    const { el, h } = await mount();
    await h.choose('Status', 'New, not yet routed');
    expect(h.references()).to.deep.equal(['LNK-2026-000101', 'LNK-2026-000102']);
    await waitUntil(() => h.announcement() === 'Showing 2 cases. Total 6.', 'count announced');
    expect(getByRole(el, 'search', { name: 'Narrow the list' })).to.exist;
    await h.choose('Status', 'Closed');
    expect(h.references()).to.deep.equal(['LNK-2026-000105', 'LNK-2026-000106']);
    await h.choose('Follow-up questionnaire', 'Follow-up late');
    expect(h.references()).to.deep.equal(['LNK-2026-000105']);
    await waitUntil(() => h.announcement() === 'Showing 1 case. Total 6.');
    await h.press('Clear choices');
    expect(h.references()).to.have.length(6);
    await h.choose('Link worker', 'Not assigned');
    expect(h.references()).to.deep.equal(['LNK-2026-000101', 'LNK-2026-000102', 'LNK-2026-000104']);
    await h.choose('Link worker', 'Link worker assigned');
    await h.choose('Municipality', 'Utsjoki');
    expect(h.references()).to.deep.equal(['LNK-2026-000106']);
    await h.press('Clear choices');
    await h.search('Search by reference', '0103');
    expect(h.references()).to.deep.equal(['LNK-2026-000103']);
    await waitUntil(() => h.announcement() === 'Showing 1 case. Total 6.', 'count announced after typing');
    await h.search('Search by reference', 'lnk-2026-0009');
    expect(queryByRole(el, 'table')).to.equal(null);
    expect(text(el)).to.contain('No case matches your choices.');
    await h.press('Clear choices');
    expect(h.references()).to.have.length(6);
    expect((getByRole(el, 'searchbox', { name: 'Search by reference' }) as HTMLInputElement).value).to.equal('');
  });

  it('makes each reference a link with `case-href` and fires a cancelable linkki-case-open', async () => {
    const { el } = await mount(sampleCases(), { caseHref: '/cases/{id}' });
    const link = getByRole(el, 'link', { name: 'LNK-2026-000103' }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/cases/00000000-0000-4000-8000-000000000103');
    el.addEventListener('linkki-case-open', (event) => event.preventDefault(), { once: true });
    const opened = oneEvent(el, 'linkki-case-open');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const event = await opened;
    expect(event.detail).to.deep.equal({ id: '00000000-0000-4000-8000-000000000103', reference: 'LNK-2026-000103' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(click.defaultPrevented, 'the host opens the case itself').to.equal(true);
  });

  it('works by keyboard: Tab through the filters to the first case, Enter opens it', async () => {
    const { el, h } = await mount();
    (getByRole(el, 'combobox', { name: 'Status' }) as HTMLElement).focus();
    // Four more filters, then "Clear choices", then the first case.
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    expect(h.focused()?.textContent?.trim()).to.equal('LNK-2026-000101');
    expect(h.focused()?.localName).to.equal('button');
    const opened = oneEvent(el, 'linkki-case-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.reference).to.equal('LNK-2026-000101');
  });

  it('leaves out rows that are not a CaseSummary, says so and reports them', async () => {
    const errors: CustomEvent[] = [];
    const listen = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('linkki-error', listen);
    const cases: unknown[] = [...sampleCases(), { ...sampleCases()[0], id: 'bad', reference: 'not a reference', name: 'Aino Esimerkki' }];
    const { el, h } = await mount(cases);
    document.removeEventListener('linkki-error', listen);
    expect(h.references()).to.have.length(6);
    expect(text(el)).to.contain('One case could not be shown because its data has an error.');
    expect(errors[0]!.detail).to.deep.include({ kind: 'invalid' });
    expect(errors[0]!.detail.issues[0].path).to.deep.equal([6, 'reference']);
  });

  it('at 320 px the table becomes stacked cards with no sideways scrolling and 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await mount(sampleCases(), { caseHref: '/cases/{id}' });
    expect(document.documentElement.scrollWidth, 'page').to.be.at.most(320);
    const table = getByRole(el, 'table');
    expect(table.scrollWidth, 'table').to.be.at.most(table.clientWidth);
    expect(getComputedStyle(queryAllByRole(el, 'row')[1]!).display).to.equal('block');
    const link = getByRole(el, 'link', { name: 'LNK-2026-000101' });
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    for (const control of [...queryAllByRole(el, 'combobox'), ...queryAllByRole(el, 'button'), getByRole(el, 'searchbox')]) {
      expect(control.getBoundingClientRect().height, control.textContent ?? '').to.be.at.least(44);
      expect(control.getBoundingClientRect().right).to.be.at.most(320);
    }
    // Each value is under its column's name on a card.
    expect((queryAllByRole(el, 'cell')[0] as HTMLElement).innerText).to.match(/^Received\s/);
  });

  it('is accessible in all six languages: rows, no match, empty', async () => {
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list now=${NOW} case-href="/cases/{id}" .cases=${sampleCases()}></linkki-case-list>`);
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list now=${NOW} .cases=${sampleCases()}></linkki-case-list>`, {
      prepare: async (el) => {
        const search = getByRole(el, 'searchbox') as HTMLInputElement;
        search.value = 'nothing';
        search.dispatchEvent(new Event('input'));
        await el.updateComplete;
        expect(queryByRole(el, 'table')).to.equal(null);
      },
    });
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list now=${NOW} .cases=${[sampleCases()[0], { bad: true }]}></linkki-case-list>`);
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list now=${NOW} .cases=${[]}></linkki-case-list>`);
  });
});

describe('<linkki-case-list> loads from the intake', () => {
  it('lists a coordinator’s cases from GET /referrals, with the assigned link worker, routing and follow-up', async () => {
    const run = newRun();
    const coordinator = await addStaff(run, { name: 'Testi Koordinaattori', role: 'coordinator', municipalities: ['890'] });
    const worker = await addStaff(run, { name: `Testi Linkki ${run.slice(0, 4)}`, role: 'link-worker', municipalities: ['890'] });
    const waiting = await seedReferral(run, referralIn('890'));
    const routed = await seedReferral(run, referralIn('890'));
    await assignLinkWorker(run, routed.id, worker.id);
    await routeReferral(run, routed.id, 'link-worker');
    const closed = await seedReferral(run, referralIn('890'));
    await assignLinkWorker(run, closed.id, worker.id);
    await routeReferral(run, closed.id, 'link-worker');
    await closeReferral(run, closed.id);

    const { el, h } = await fromIntake(run, coordinator.key);
    await answered(el);
    const mine = h.references().filter((reference) => [waiting, routed, closed].some((r) => r.reference === reference));
    expect(mine).to.deep.equal([closed.reference, routed.reference, waiting.reference], 'newest first');
    expect(h.row(waiting.reference)).to.include({ Waiting: 'arrived today', Status: 'New, not yet routed', 'Link worker': 'Not assigned', Municipality: 'Utsjoki', Reasons: 'Relieving loneliness' });
    expect(h.row(routed.reference)).to.include({ Waiting: 'routed the same day', Status: 'Routed: To a link worker', 'Link worker': `Testi Linkki ${run.slice(0, 4)}` });
    expect(h.row(closed.reference).Status).to.equal('Closed: Completed as planned');
    expect(h.row(closed.reference)['Follow-up']).to.match(/^Follow-up by \d+\/\d+\/\d{4}$/);
    expect(text(el)).not.to.contain('Aino Esimerkki');
    await waitUntil(() => /^Showing \d+ cases\.$/.test(h.announcement()), 'count announced');
  });

  it('pages with `next`: "Show more cases" adds the next page and moves focus to its first case', async () => {
    const run = newRun();
    const worker = await addStaff(run, { name: 'Testi Sivuttaja', role: 'link-worker', municipalities: ['758'] });
    const seeded: string[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = await seedReferral(run);
      await assignLinkWorker(run, reply.id, worker.id);
      seeded.push(reply.reference);
    }
    const { el, h } = await fromIntake(run, worker.key, { pageSize: 2 });
    await answered(el);
    expect(h.references()).to.deep.equal([seeded[2], seeded[1]]);
    await h.press('Show more cases');
    await waitUntil(() => h.references().length === 3, 'the second page');
    expect(h.references()).to.deep.equal([seeded[2], seeded[1], seeded[0]]);
    await waitUntil(() => h.focused()?.textContent?.trim() === seeded[0], 'focus on the first new case');
    expect(queryByRole(el, 'button', { name: 'Show more cases' })).to.equal(null);
  });

  it('on 401 asks to sign in again, keeps the filters, and loads once `authorization` is set', async () => {
    const run = newRun();
    const worker = await addStaff(run, { name: 'Testi Avain', role: 'link-worker', municipalities: ['758'] });
    const reply = await seedReferral(run);
    await assignLinkWorker(run, reply.id, worker.id);
    const { el, h } = await fromIntake(run, 'lnk_0000000000000000_wrongwrongwrongwrongwrongwrongwrongwrongwro');
    await answered(el);
    expect(getByRole(el, 'alert').textContent).to.contain('Your sign-in has expired or the key no longer works.');
    await h.choose('Status', 'New, not yet routed');
    const signIn = oneEvent(el, 'linkki-sign-in-requested');
    await h.press('Sign in again');
    expect((await signIn).composed).to.equal(true);
    el.authorization = worker.key;
    await waitUntil(() => h.references().length === 1, 'loaded with the new key');
    expect(h.references()).to.deep.equal([reply.reference]);
    expect((getByRole(el, 'combobox', { name: 'Status' }) as HTMLSelectElement).value).to.equal('new');
  });

  it('on 503 or a lost connection offers "Try again", which loads without losing the filters', async () => {
    const run = newRun();
    const worker = await addStaff(run, { name: 'Testi Verkko', role: 'link-worker', municipalities: ['758'] });
    const reply = await seedReferral(run);
    await assignLinkWorker(run, reply.id, worker.id);
    await planRequests(run, ['503']);
    const errors: string[] = [];
    const { el, h } = await fromIntake(run, worker.key);
    el.addEventListener('linkki-error', (event) => errors.push((event as CustomEvent).detail.kind));
    await answered(el);
    expect(getByRole(el, 'alert').textContent).to.contain('The cases could not be loaded.');
    await h.search('Search by reference', reply.reference.slice(-6));
    await h.press('Try again');
    expect(h.focused()?.textContent?.trim(), 'focus stays in the list').to.equal('Cases');
    await waitUntil(() => h.references().length === 1, 'loaded on the second try');

    // Every connection dropped (the browser itself retries a dropped GET once or twice).
    await planRequests(run, Array(10).fill('drop'));
    void el.reload();
    await waitUntil(() => queryByRole(el, 'alert'), 'the dropped connections', { timeout: 15000 });
    await planRequests(run, []);
    await h.press('Try again');
    await waitUntil(() => h.references().length === 1, 'loaded again');
    expect((getByRole(el, 'searchbox', { name: 'Search by reference' }) as HTMLInputElement).value).to.equal(reply.reference.slice(-6));
    expect(errors).to.deep.equal(['network', 'network']);
  });

  it('is accessible in all six languages while loading, after a failed load, a 401 and a 403', async () => {
    const run = newRun();
    const worker = await addStaff(run, { name: 'Testi Saavutettava', role: 'link-worker', municipalities: ['758'] });
    await planRequests(run, ['slow:1500', 'slow:1500', 'slow:1500', 'slow:1500', 'slow:1500', 'slow:1500', '503', '503', '503', '503', '503', '503']);
    const endpoint = intakeBaseFor(run);
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list endpoint=${endpoint} .authorization=${worker.key}></linkki-case-list>`, {
      prepare: (el) => void expect(queryByRole(el, 'table')).to.equal(null),
    });
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list endpoint=${endpoint} .authorization=${worker.key}></linkki-case-list>`, {
      prepare: async (el) => answered(el),
    });
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list endpoint=${endpoint} .authorization=${'not-a-key'}></linkki-case-list>`, {
      prepare: async (el) => answered(el),
    });
    // An evaluator sees aggregates only: the list is refused (403) and says so, with nothing to retry.
    const evaluator = await addStaff(run, { name: 'Testi Arvioija', role: 'evaluator', municipalities: ['758'] });
    await expectAccessibleInEveryLocale<LinkkiCaseList>(() => html`<linkki-case-list endpoint=${endpoint} .authorization=${evaluator.key}></linkki-case-list>`, {
      prepare: async (el, lang) => {
        await answered(el);
        if (lang === 'en') {
          expect(getByRole(el, 'alert').textContent).to.contain('You do not have access to these cases.');
          expect(queryAllByRole(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal(['Clear choices']);
        }
      },
    });
  });
});
