import type { Referral } from '@linkki/schema';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { ADMIN_KEY, addStaff, intakeBaseFor, newRun, planRequests, sampleReferral, seedReferral } from '../../../../test/helpers/intake.js';
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
let seeded: Promise<{ run: string; key: string; id: string }> | undefined;
function seedOnce() {
  seeded ??= (async () => {
    const run = newRun();
    const { id, key } = await addStaff(run, { name: 'Testi Arvioija', role: 'evaluator', municipalities: [SAVUKOSKI] });
    for (let i = 0; i < 12; i++) await seedReferral(run, referralIn(SAVUKOSKI, i < 2 ? 'sv' : 'fi'));
    return { run, key, id };
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
    el.addEventListener('linkki-error', () => asked++);
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
    el.addEventListener('linkki-error', (event) => errors.push(event.detail.kind));
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
    const signIn = oneEvent(el, 'linkki-sign-in-requested');
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

  it('hides the pickers and the download button when printed', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    await answered(el);
    const form = getByRole(el, 'form', { name: 'Choose what the report covers' });
    const download = getByRole(el, 'button', { name: 'Download for a spreadsheet (CSV)' });
    expect(download.checkVisibility()).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(form).display).to.equal('none');
    expect(download.checkVisibility(), 'the download button').to.equal(false);
  });

  it('is accessible in all six languages: loaded with the download button, a failed download, refused (403) and not accepted (400)', async function () {
    // Four states × six languages = 24 axe runs against the real intake: more than the default minute on a busy machine.
    this.timeout(240000);
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const endpoint = intakeBaseFor(run);
    const loaded = () => html`<linkki-evaluation-report endpoint=${endpoint} from=${month} to=${month} municipalities=${SAVUKOSKI} .authorization=${key}></linkki-evaluation-report>`;
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(loaded, {
      prepare: async (el) => {
        await answered(el);
        expect(queryByRole(el, 'button', { name: /\(CSV\)$/ }), 'the download button').to.exist;
      },
    });
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(loaded, {
      prepare: async (el) => {
        await answered(el);
        await planRequests(run, ['503']);
        (getByRole(el, 'button', { name: /\(CSV\)$/ }) as HTMLButtonElement).click();
        await waitUntil(() => queryByRole(el, 'alert'), 'the download failed', { timeout: 15000 });
        await planRequests(run, []);
      },
    });
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

/**
 * Watches what the element asks the intake for and what it hands to the browser to save: every
 * request (passed on to the real intake), each Blob given a URL and each URL revoked (both passed on
 * too), and each `<a download>` clicked — that click is cancelled, so no file lands on the disk.
 */
function watchDownloads() {
  const requests: { url: URL; headers: Headers }[] = [];
  const files: { url: string; blob: Blob }[] = [];
  const saved: { download: string; href: string }[] = [];
  const revoked: string[] = [];
  const { fetch: realFetch } = window;
  const { createObjectURL, revokeObjectURL } = URL;
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push({ url: new URL(request.url), headers: request.headers });
    return realFetch(input, init);
  };
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL(blob);
    files.push({ url, blob });
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revokeObjectURL(url);
  };
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    saved.push({ download: link.download, href: link.href });
    event.preventDefault();
  };
  document.addEventListener('click', onClick, true);
  return {
    requests,
    files,
    saved,
    revoked,
    /** The requests for the CSV, as URL and headers. */
    csvRequests: () => requests.filter((r) => r.url.pathname.endsWith('/evaluation.csv')),
    restore() {
      window.fetch = realFetch;
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** A saved file's text with its byte-order mark (Blob.text() would drop it). */
async function fileText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

/** The Authorization header the intake needs, for the admin's own calls in these tests. */
const asAdmin = { authorization: `Bearer ${ADMIN_KEY}` };

describe('<linkki-evaluation-report> downloads the report for a spreadsheet (GET /evaluation.csv)', () => {
  let watch: ReturnType<typeof watchDownloads>;
  beforeEach(() => (watch = watchDownloads()));
  afterEach(() => watch.restore());

  it('asks for the same query as CSV with the same key, saves linkki-evaluation-<from>-<to>.csv and fires linkki-report-downloaded', async () => {
    const { run, key, id } = await seedOnce();
    const month = thisMonth();
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI, lang: 'fi' });
    await answered(el);
    const downloaded = oneEvent(el, 'linkki-report-downloaded');
    await h.press('Lataa taulukkolaskentaan (CSV)');
    const event = await downloaded;
    expect(event.detail).to.deep.equal({ format: 'csv', from: month, to: month });
    expect(event.bubbles && event.composed).to.equal(true);

    const [request, ...more] = watch.csvRequests();
    expect(more, 'one request').to.have.length(0);
    expect(request!.url.pathname).to.equal(`${intakeBaseFor(run)}/evaluation.csv`);
    expect(Object.fromEntries(request!.url.searchParams)).to.deep.equal({ from: month, to: month, basis: 'received', municipality: SAVUKOSKI, lang: 'fi' });
    expect(request!.headers.get('authorization')).to.equal(`Bearer ${key}`);

    expect(watch.files).to.have.length(1);
    const [file] = watch.files;
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await fileText(file!.blob);
    expect(text.startsWith('\uFEFFTaulukko;Rivi;Luku;Huomautus\r\n')).to.equal(true);
    expect(text.split('\r\n')).to.include('Kunta;Savukoski;12;');
    expect(watch.saved).to.deep.equal([{ download: `linkki-evaluation-${month}-${month}.csv`, href: file!.url }]);
    await waitUntil(() => watch.revoked.includes(file!.url), 'the blob URL is revoked', { timeout: 5000 });
    await waitUntil(() => h.announcement() === `Taulukko on ladattu: linkki-evaluation-${month}-${month}.csv`, 'announced');
    expect(queryByRole(el, 'alert')).to.equal(null);

    // The intake saw the evaluator's key: its audit has her fetching the report as CSV.
    const { audit } = await (await fetch(`${intakeBaseFor(run)}/audit?staff=${id}&limit=1`, { headers: asAdmin })).json();
    expect(audit[0]).to.deep.include({ action: 'evaluation', staffId: id });
    expect(audit[0].detail).to.deep.include({ format: 'csv', from: month, to: month, municipalities: [SAVUKOSKI] });
  });

  it('asks in the reader’s language when the intake writes it (sv, en), else in Finnish (se, smn, sms)', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const cases = [
      ['sv', 'sv', 'Tabell;Rad;Antal;Anmärkning'],
      ['en', 'en', 'Table;Row;Value;Note'],
      ['se', 'fi', 'Taulukko;Rivi;Luku;Huomautus'],
      ['sms', 'fi', 'Taulukko;Rivi;Luku;Huomautus'],
    ] as const;
    for (const [lang, csvLang, header] of cases) {
      const { el } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI, lang });
      await answered(el);
      const downloaded = oneEvent(el, 'linkki-report-downloaded');
      (getByRole(el, 'button', { name: /\(CSV\)$/ }) as HTMLButtonElement).click();
      await downloaded;
      expect(watch.csvRequests().at(-1)!.url.searchParams.get('lang'), lang).to.equal(csvLang);
      expect((await fileText(watch.files.at(-1)!.blob)).split('\r\n')[0], lang).to.equal(`\uFEFF${header}`);
    }
  });

  it('on 401 says the table could not be downloaded and why, keeps the report, and downloads once signed in again', async () => {
    const { run } = await seedOnce();
    const month = thisMonth();
    const { id, key } = await addStaff(run, { name: 'Toinen Arvioija', role: 'evaluator', municipalities: [SAVUKOSKI] });
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    await answered(el);
    const tables = queryAllByRole(el, 'table').length;
    // The administrator gives her a new key while the report is open: the old one no longer works.
    const rotated = await fetch(`${intakeBaseFor(run)}/staff/${id}/key`, { method: 'POST', headers: asAdmin });
    const { key: newKey } = (await rotated.json()) as { key: string };
    let downloads = 0;
    el.addEventListener('linkki-report-downloaded', () => downloads++);
    await h.press('Download for a spreadsheet (CSV)');
    await waitUntil(() => queryByRole(el, 'alert'), 'the 401 is said', { timeout: 15000 });
    const message = 'The table could not be downloaded because your sign-in has expired or the key no longer works. Sign in again, then download it.';
    expect(getByRole(el, 'alert').textContent).to.contain(message);
    await waitUntil(() => h.announcement() === message, 'and announced');
    expect(queryAllByRole(el, 'table'), 'the report stays').to.have.length(tables);
    expect(queryByRole(el, 'button', { name: 'Download for a spreadsheet (CSV)' })).to.exist;
    expect(watch.files, 'nothing saved').to.have.length(0);
    expect(downloads).to.equal(0);

    const signIn = oneEvent(el, 'linkki-sign-in-requested');
    await h.press('Sign in again');
    expect((await signIn).composed).to.equal(true);
    el.authorization = newKey;
    await waitUntil(() => queryAllByRole(el, 'table').length === tables && !queryByRole(el, 'alert'), 'loaded again with the new key', { timeout: 15000 });
    const downloaded = oneEvent(el, 'linkki-report-downloaded');
    await h.press('Download for a spreadsheet (CSV)');
    await downloaded;
    expect(watch.csvRequests().at(-1)!.headers.get('authorization')).to.equal(`Bearer ${newKey}`);
  });

  it('when the intake does not answer (503), says so and "Try again" downloads, the focus kept on the download button', async () => {
    const { run, key } = await seedOnce();
    const month = thisMonth();
    const { el, h } = await fromIntake(run, key, { from: month, to: month, municipalities: SAVUKOSKI });
    await answered(el);
    await planRequests(run, ['503']);
    await h.press('Download for a spreadsheet (CSV)');
    await waitUntil(() => queryByRole(el, 'alert'), 'the 503 is said', { timeout: 15000 });
    expect(getByRole(el, 'alert').textContent).to.contain('The table could not be downloaded. Check your connection and try again.');
    expect(queryAllByRole(el, 'table').length).to.be.greaterThan(10);
    const downloaded = oneEvent(el, 'linkki-report-downloaded');
    getByRole(el, 'button', { name: 'Try again' }).focus();
    await sendKeys({ press: 'Enter' });
    await downloaded;
    await planRequests(run, []);
    expect(h.focused()).to.equal(getByRole(el, 'button', { name: 'Download for a spreadsheet (CSV)' }));
    expect(queryByRole(el, 'alert')).to.equal(null);
    expect(watch.csvRequests()).to.have.length(2);
    expect(watch.files).to.have.length(1);
  });
});
