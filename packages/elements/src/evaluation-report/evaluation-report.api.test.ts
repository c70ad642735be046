import type { Referral } from '@linkki/schema';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { addStaff, closeReferral, intakeBaseFor, newRun, planRequests, routeReferral, sampleReferral, seedReferral } from '../../../../test/helpers/intake.js';
import { getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiEvaluationReport } from './evaluation-report.js';
import { EvaluationReportHarness, spoken } from './evaluation-report.harness.js';
import './define.js';

// Savukoski and Pelkosenniemi: no other element test seeds referrals there, so the counts are this file's.
const SAVUKOSKI = '742';
const PELKOSENNIEMI = '583';

/** This month on Finnish time, `YYYY-MM`: the month the seeded referrals are received in. */
function thisMonth(): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (month: string) => MONTH_NAMES[Number(month.slice(5, 7)) - 1]!;

const referralIn = (municipality: string, language = 'fi'): Referral => {
  const referral = sampleReferral();
  return { ...referral, person: { ...referral.person, municipality, language } } as Referral;
};

/**
 * Twelve fictional self-referrals in Savukoski this month, two of them in Swedish; an evaluator for
 * Savukoski. (With closed cases among so few, the intake withholds every table: a closed case's
 * count could be worked out across the tables that share the total.)
 */
let seeded: Promise<{ run: string; key: string }> | undefined;
function seedOnce() {
  seeded ??= (async () => {
    const run = newRun();
    const { key } = await addStaff(run, { name: 'Testi Arvioija', role: 'evaluator', municipalities: [SAVUKOSKI] });
    const replies = [];
    for (let i = 0; i < 12; i++) replies.push(await seedReferral(run, referralIn(SAVUKOSKI, i < 2 ? 'sv' : 'fi')));
    return { run, key };
  })();
  return seeded;
}

async function answered(el: LinkkiEvaluationReport) {
  await waitUntil(() => queryAllByRole(el, 'table').length || queryByRole(el, 'alert'), 'no report and no problem', { timeout: 15000 });
  await el.updateComplete;
}

const fromIntake = async (run: string, key: string, attributes: { from?: string; to?: string; municipalities?: string; options?: string; lang?: string } = {}) => {
  const el = await fixture<LinkkiEvaluationReport>(html`<linkki-evaluation-report
    lang=${attributes.lang ?? 'en'}
    endpoint=${intakeBaseFor(run)}
    from=${attributes.from ?? ''}
    to=${attributes.to ?? ''}
    municipalities=${attributes.municipalities ?? ''}
    municipality-options=${attributes.options ?? `${SAVUKOSKI},${PELKOSENNIEMI}`}
    .authorization=${key}
  ></linkki-evaluation-report>`);
  return { el, h: new EvaluationReportHarness(el) };
};

describe('<linkki-evaluation-report> loads from the intake (GET /evaluation)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('loads the protected report an evaluator may see, hidden cells included, and fires linkki-report-loaded', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    const loaded = await oneEvent(el, 'linkki-report-loaded');
    expect(loaded.detail.period).to.deep.equal({ from: month, to: month, basis: 'received' });
    expect(loaded.detail.municipalities).to.deep.equal([SAVUKOSKI]);
    await answered(el);
    expect(h.row('Municipalities', 'Savukoski')).to.deep.equal({ People: '12', Share: '100%' });
    expect(h.row('Age groups', '75–84 years')).to.deep.equal({ People: '12', Share: '100%' });
    expect(h.row('Referrals by status', 'New, not yet routed')).to.deep.equal({ People: '12', Share: '100%' });
    expect(h.row('Referrals by status', 'Completed as planned')).to.deep.equal({ People: '0', Share: '0%' });
    // Two in Swedish are "< 5"; the ten in Finnish are hidden so that the two cannot be worked out from the total.
    expect(h.row('Preferred language', 'Swedish')).to.deep.equal({ People: 'fewer than 5', Share: 'hidden' });
    expect(h.row('Preferred language', 'Finnish')).to.deep.equal({ People: 'hidden', Share: 'hidden' });
    expect(h.table('Preferred language').at(-1)).to.deep.equal(['Total', '12', '100%']);
    expect(spoken(getByRole(el, 'region', { name: 'How the numbers are protected' }))).to.contain('fewer than 5 people');
    await waitUntil(() => h.announcement() === `The report is ready: Period: ${monthName(month)} ${month.slice(0, 4)} – ${monthName(month)} ${month.slice(0, 4)}.`, 'announced');
    expect(spoken(el.shadowRoot!)).not.to.contain('Aino Esimerkki');
  });

  it('asks through the pickers: period, basis and municipality, by keyboard alone', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el, h } = await fromIntake(run, key);
    expect(spoken(el.shadowRoot!)).to.contain('Choose a period and municipalities and press Show the report.');
    expect(h.select('Start month').value).to.equal('01');
    await h.choose('Start month', monthName(month));
    await h.choose('End month', monthName(month));
    h.select('End year').focus();
    // End year → the basis (one stop for the radios) → Savukoski → Pelkosenniemi → Show the report.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect((getByRole(el, 'radio', { name: 'Cases active during the period' }) as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(h.focused()).to.equal(getByRole(el, 'checkbox', { name: 'Pelkosenniemi' }));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect((getByRole(el, 'checkbox', { name: 'Savukoski' }) as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(h.focused()).to.equal(getByRole(el, 'button', { name: 'Show the report' }));
    const loaded = oneEvent(el, 'linkki-report-loaded');
    await sendKeys({ press: 'Enter' });
    expect((await loaded).detail.period.basis).to.equal('active');
    await answered(el);
    expect(spoken(el.shadowRoot!)).to.contain('It includes the cases active during the period.');
    expect(h.row('Municipalities', 'Savukoski').People).to.equal('12');
  });

  it('stops an end month before the start month with an error summary, before asking the intake', async () => {
    const { run, key } = await seedOnce();
    const { el, h } = await fromIntake(run, key, { from: '2025-05', to: '2025-05' });
    await answered(el);
    let asked = 0;
    el.addEventListener('linkki-report-loaded', () => asked++);
    el.addEventListener('linkki-report-error', () => asked++);
    await h.choose('End year', '2024');
    await h.press('Show the report');
    await waitUntil(() => h.focused()?.getAttribute('part') === 'error-summary', 'the summary takes focus');
    expect(getByRole(el, 'alert').textContent).to.contain('The end month cannot be before the start month.');
    (getByRole(el, 'link', { name: /The end month cannot be before/ }) as HTMLAnchorElement).click();
    expect(h.focused(), 'the link moves focus to the field').to.equal(h.select('End month'));
    expect(h.select('End month').getAttribute('aria-invalid')).to.equal('true');
    expect(asked, 'nothing was sent').to.equal(0);
  });

  it('on 403 says the municipality is not hers, keeping every choice', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const errors: string[] = [];
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: PELKOSENNIEMI });
    el.addEventListener('linkki-report-error', (event) => errors.push(event.detail.kind));
    await answered(el);
    expect(getByRole(el, 'alert').textContent).to.contain('You do not have access to the report of the municipalities you chose.');
    expect(errors).to.deep.equal(['forbidden']);
    expect((getByRole(el, 'checkbox', { name: 'Pelkosenniemi' }) as HTMLInputElement).checked).to.equal(true);
    expect(h.select('Start month').value).to.equal(month.slice(5, 7));
    await h.check('checkbox', 'Pelkosenniemi');
    await h.check('checkbox', 'Savukoski');
    await h.press('Show the report');
    await waitUntil(() => queryAllByRole(el, 'table').length, 'loaded for her own municipality');
  });

  it('on 400 marks the choice the intake did not accept, in the summary and inline', async () => {
    const { run, key } = await seedOnce();
    const { el, h } = await fromIntake(run, key, { from: '2025-01', to: '2025-02', municipalities: '999', options: '999' });
    await waitUntil(() => h.focused()?.getAttribute('part') === 'error-summary', 'the summary takes focus', { timeout: 15000 });
    expect(getByRole(el, 'link', { name: 'Check the municipalities you chose.' })).to.exist;
    expect(getByRole(el, 'group', { name: 'Municipalities' }).getAttribute('aria-describedby')).to.contain('municipalities-error');
    expect(h.select('End month').value).to.equal('02');
  });

  it('on 401 asks to sign in again and loads once `authorization` is set', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el, h } = await fromIntake(run, 'lnk_0000000000000000_wrongwrongwrongwrongwrongwrongwrongwrongwro', { from: month, to: month, municipalities: SAVUKOSKI });
    await answered(el);
    expect(getByRole(el, 'alert').textContent).to.contain('Your sign-in has expired or the key no longer works.');
    const signIn = oneEvent(el, 'linkki-sign-in');
    await h.press('Sign in again');
    expect((await signIn).composed).to.equal(true);
    el.authorization = key;
    await waitUntil(() => queryAllByRole(el, 'table').length, 'loaded with the new key');
  });

  it('says it is loading (aria-busy, live region); on 503 offers "Try again", which loads', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    await planRequests(run, ['slow:800', '503']);
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    await el.updateComplete;
    expect(getByRole(el, 'status').textContent!.trim() === '' || h.announcement() === 'Loading the report…').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="report"]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => h.announcement() === 'Loading the report…', 'loading announced');
    await answered(el);
    el.from = '2025-12';
    await waitUntil(() => queryByRole(el, 'alert'), 'the 503', { timeout: 15000 });
    expect(getByRole(el, 'alert').textContent).to.contain('The report could not be loaded.');
    expect(el.shadowRoot!.querySelector('[part="report"]')!.getAttribute('aria-busy')).to.equal('false');
    await h.press('Try again');
    await waitUntil(() => queryAllByRole(el, 'table').length, 'loaded on the second try');
    expect(h.select('Start year').value).to.equal('2025');
    await planRequests(run, []);
  });

  it('hides the pickers when printed', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    await answered(el);
    const form = getByRole(el, 'form', { name: 'Choose what the report covers' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(form).display).to.equal('none');
  });

  it('is accessible in all six languages: loaded, refused (403) and not accepted (400)', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const endpoint = intakeBaseFor(run);
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(
      () => html`<linkki-evaluation-report endpoint=${endpoint} from=${month} to=${month} municipalities=${SAVUKOSKI} .authorization=${key}></linkki-evaluation-report>`,
      { prepare: answered },
    );
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(
      () => html`<linkki-evaluation-report endpoint=${endpoint} from=${month} to=${month} municipalities=${PELKOSENNIEMI} .authorization=${key}></linkki-evaluation-report>`,
      { prepare: answered },
    );
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(
      () => html`<linkki-evaluation-report endpoint=${endpoint} from="2025-01" to="2025-01" municipalities="999" municipality-options="999" .authorization=${key}></linkki-evaluation-report>`,
      { prepare: (el) => waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'error-summary', 'summary', { timeout: 15000 }) },
    );
  });
});
