import { validateEvaluationReport } from '@linkki/schema';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByRole, getAllByText, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { sampleReferences, sampleReport } from './evaluation-report.fixtures.js';
import type { LinkkiEvaluationReport } from './evaluation-report.js';
import { EvaluationReportHarness, seen, spoken } from './evaluation-report.harness.js';
import './define.js';

const mount = async (report: unknown = sampleReport(), { lang = 'en', references = sampleReferences() as unknown } = {}) => {
  const el = await fixture<LinkkiEvaluationReport>(html`<linkki-evaluation-report lang=${lang} .report=${report} .references=${references}></linkki-evaluation-report>`);
  await el.updateComplete;
  // The pictures come in their own chunk, a moment after the tables.
  await import('./charts.js');
  await el.updateComplete;
  return { el, h: new EvaluationReportHarness(el) };
};

describe('<linkki-evaluation-report> shows a report it is given', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('the fixture is a valid EvaluationReport', () => {
    expect(validateEvaluationReport(sampleReport())).to.deep.include({ ok: true });
  });

  it('shows each count table as a table with a caption, row headers, people, share and total', async () => {
    const { el, h } = await mount();
    const captions = getAllByRole(el, 'table').map((table) => table.querySelector('caption')!.textContent!.trim());
    expect(captions).to.include.members(['Referrals by status', 'How referrals were routed', 'Reasons for the referral', 'Who made the referral', 'Gender', 'Age groups', 'Municipalities', 'Preferred language', 'Where people were met', 'Would you recommend the wellbeing referral to others?', 'How the person carries on', 'What kept people from taking part', 'Needs no activity was found for']);
    expect(h.table('Referrals by status')).to.deep.equal([
      ['Status', 'People', 'Share'],
      ['New, not yet routed', 'fewer than 5', 'hidden'],
      ['Routed: Directly to an activity', 'hidden', 'hidden'],
      ['Routed: To a link worker', '9', '29%'],
      ['Completed as planned', '7', '23%'],
      ['Interrupted', 'fewer than 5', 'hidden'],
      ['Did not lead to joint work', '5', '16%'],
      ['Referred elsewhere', '0', '0%'],
      ['May start later', '0', '0%'],
      ['Total', '31', '100%'],
    ]);
    const status = getByRole(el, 'table', { name: 'Referrals by status' });
    expect(status.querySelectorAll('th[scope="col"]')).to.have.length(3);
    expect(status.querySelectorAll('th[scope="row"]')).to.have.length(9);
    expect(h.row('Municipalities', 'Sodankylä')).to.deep.equal({ People: '18', Share: '58%' });
    expect(h.row('Municipalities', 'Enontekiö')).to.deep.equal({ People: 'fewer than 5', Share: 'hidden' });
    expect(h.row('Who made the referral', 'The person themselves')).to.deep.equal({ People: 'hidden', Share: 'hidden' });
    expect(h.row('Age groups', '85 years or older')).to.deep.equal({ People: '8', Share: '26%' });
  });

  it('shows a suppressed cell as "< 5" to the eye and "fewer than 5" to a screen reader, explained once near the top', async () => {
    const { el, h } = await mount();
    expect(h.table('Referrals by status', seen)[1]).to.deep.equal(['New, not yet routed', '< 5', '–']);
    expect(getAllByRole(el, 'cell', { name: 'fewer than 5' }).length).to.be.greaterThan(10);
    const explanation = getByRole(el, 'region', { name: 'How the numbers are protected' });
    expect(spoken(explanation)).to.equal(
      'How the numbers are protected < 5 fewer than 5 people – hidden so that a small number cannot be worked out from the other numbers ' +
        'We hide small numbers so that no one can be recognised from the report. Averages and other figures are not shown when they come from fewer than 5 people.',
    );
    expect(getAllByText(el, 'fewer than 5 people'), 'explained once').to.have.length(1);
    // Near the top: right after what the report covers, before the first table.
    const first = getAllByRole(el, 'table')[0]!;
    expect(explanation.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('uses the threshold of the report: a threshold of 10 shows "< 10"', async () => {
    const { h } = await mount({ ...sampleReport(), threshold: 10 });
    expect(h.table('Referrals by status', seen)[1]).to.deep.equal(['New, not yet routed', '< 10', '–']);
    expect(h.row('Referrals by status', 'New, not yet routed').People).to.equal('fewer than 10');
  });

  it('says that a person may be in several rows of a `multiple` table, and why a withheld table is not shown', async () => {
    const { el } = await mount();
    const reasons = getByRole(el, 'table', { name: 'Reasons for the referral' });
    expect(reasons.getAttribute('aria-describedby')).to.match(/note$/);
    const note = el.shadowRoot!.getElementById(reasons.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.equal('Counted over all the referrals in the report. One person may be counted in several rows, so the rows do not add up to the total.');
    expect(spoken(reasons.querySelector('tfoot')!)).to.equal('People in total 31');
    expect(queryByRole(el, 'table', { name: 'Why joint work was interrupted or never started' })).to.equal(null);
    const withheld = getByRole(el, 'group', { name: 'Why joint work was interrupted or never started' });
    expect(spoken(withheld)).to.contain('The whole table is hidden: there are so few people that someone could be recognised.');
  });

  it('draws bars for a distribution, never a length or a number for a hidden count', async () => {
    const { el } = await mount();
    const status = getByRole(el, 'table', { name: 'Referrals by status' });
    const figure = status.parentElement!.querySelector('figure')!;
    expect(figure.getAttribute('aria-hidden'), 'the table next to it is the text alternative').to.equal('true');
    const labels = [...figure.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).to.deep.equal([
      'New, not yet routed', '< 5', 'Routed: Directly to an activity', '–', 'Routed: To a link worker', '9', 'Completed as planned', '7',
      'Interrupted', '< 5', 'Did not lead to joint work', '5', 'Referred elsewhere', '0', 'May start later', '0',
    ]);
    // Bars for the three published non-zero counts and two dashed outlines for "< 5"; none for "–" or 0.
    expect(figure.querySelectorAll('rect')).to.have.length(5);
    expect(figure.textContent).to.contain('Hidden numbers get no bar; fewer than 5 is drawn with a dashed outline.');
  });

  it('shows SWEMWBS at each timepoint, the paired change with its confidence interval and the share improved by 3 points', async () => {
    const { h } = await mount();
    expect(h.table('SWEMWBS: scores at the start, at the end and at follow-up')).to.deep.equal([
      ['Measured', 'Answered', 'Average', 'Standard deviation', 'Lowest', 'Highest'],
      ['At the start', '24', '19.8', '3.6', '12.4', '27'],
      ['At the end', '12', '23.4', '3.9', '16.9', '30.7'],
      ['3-month follow-up', 'fewer than 5', 'hidden', 'hidden', 'hidden', 'hidden'],
      ['Reference figures'],
      ['Vertailuluku (esimerkki) Source: keksitty esimerkkiä varten', '', '23.9', '', '', ''],
    ]);
    expect(h.table('SWEMWBS: change in the same people')).to.deep.equal([
      ['Change', 'People', 'Average change', '95 % confidence interval', 'Improved by at least 3 points'],
      ['Start to end', '11', '+3.4', '+1.5 to +5.3', '6 (55%)'],
      ['Start to follow-up', 'fewer than 5', 'hidden', 'hidden', 'fewer than 5'],
    ]);
  });

  it('writes numbers the Finnish way: decimal commas, a minus sign, a space before %', async () => {
    const { h } = await mount(sampleReport(), { lang: 'fi' });
    expect(h.row('SWEMWBS: muutos samoilla henkilöillä', 'Alusta loppuun')).to.deep.equal({
      Henkilöitä: '11',
      'Keskimääräinen muutos': '+3,4',
      '95 %:n luottamusväli': '+1,5 … +5,3',
      'Parani vähintään 3 pistettä': '6 (55 %)',
    });
    expect(h.row('Osallisuus (ESIS): muutos samoilla henkilöillä', 'Alusta loppuun')['95 %:n luottamusväli']).to.equal('−3,9 … +14,1');
    expect(h.row('Lähetteet tilan mukaan', 'Uusi, ei vielä ohjattu')).to.deep.equal({ Henkilöitä: 'alle 5', Osuus: 'piilotettu' });
  });

  it('draws the means with whiskers as an image labelled by its caption and described by the table, with the reference line', async () => {
    const { el } = await mount();
    const chart = getByRole(el, 'img', { name: 'SWEMWBS: averages at the start, at the end and at follow-up' });
    const description = chart.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
    expect(description).to.deep.equal([
      'The dot is the average. The vertical line reaches one standard deviation above and below it: it shows how much the scores varied between people. It is not a confidence interval.',
      'SWEMWBS: scores at the start, at the end and at follow-up',
    ]);
    const texts = [...chart.querySelectorAll('text:not(:has(tspan)), tspan')].map((t) => t.textContent);
    expect(texts).to.include.members(['Vertailuluku (esimerkki)', '23.9', '19.8', '23.4', 'not shown']);
    expect(chart.querySelectorAll('circle')).to.have.length(2);
  });

  it('says ESIS is shown only for groups, and gives the SWEMWBS notice', async () => {
    const { el } = await mount();
    const esis = getByRole(el, 'region', { name: 'Experience of inclusion (THL’s inclusion indicator, ESIS)' });
    expect(spoken(esis)).to.contain('THL does not recommend the scale for assessing an individual, so only group figures are shown.');
    const swemwbs = getByRole(el, 'region', { name: 'Mental wellbeing (SWEMWBS)' });
    expect(spoken(swemwbs)).to.contain('Warwick Edinburgh Mental Well-Being Scale (WEMWBS) © University of Warwick and Terveyden ja hyvinvoinnin laitos all rights reserved.');
  });

  it('lists times and amounts in words', async () => {
    const { h } = await mount();
    const terms = h.definitions();
    expect(terms['Waiting time']).to.deep.equal([
      'Days from the referral’s arrival until the coordinator routed it.',
      'Median: 6 days',
      'Nine in ten at most: 15 days',
      'Counted over 28 people.',
    ]);
    expect(terms['Link worker’s hours']).to.deep.include.members(['Total: 112.5 hours', 'Average: 8 hours']);
  });

  it('leaves out reference figures that are not on the scale, and never invents one', async () => {
    const { el, h } = await mount(sampleReport(), { references: [{ instrument: 'swemwbs', label: 'Off the scale', value: 50 }, { label: 'no instrument', value: 20 }, 'junk'] });
    expect(h.table('SWEMWBS: scores at the start, at the end and at follow-up')).to.have.length(4);
    expect(getByRole(el, 'img', { name: /^SWEMWBS/ }).querySelectorAll('line[class="reference"]')).to.have.length(0);
  });

  it('shows a clear error, not a crash, for data that is not an EvaluationReport, and reports the issues', async () => {
    const errors: CustomEvent[] = [];
    const listen = (event: Event) => errors.push(event as CustomEvent);
    document.addEventListener('linkki-error', listen);
    const { el } = await mount({ ...sampleReport(), threshold: 2, tables: 'nope' });
    document.removeEventListener('linkki-error', listen);
    expect(getByRole(el, 'alert').textContent).to.contain('The report cannot be shown because its data has an error. Tell an administrator.');
    expect(queryAllByRole(el, 'table')).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.kind).to.equal('invalid');
    expect(errors[0]!.detail.issues.map((issue: { path: unknown[] }) => issue.path[0])).to.include.members(['threshold', 'tables']);
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    el.report = sampleReport();
    await el.updateComplete;
    expect(queryByRole(el, 'alert')).to.equal(null);
    expect(getAllByRole(el, 'table').length).to.be.greaterThan(10);
  });

  it('offers no download for a report it is given: the host has the data already', async () => {
    const { el } = await mount();
    expect(queryByRole(el, 'button', { name: 'Download for a spreadsheet (CSV)' })).to.equal(null);
    expect(queryAllByRole(el, 'button')).to.have.length(0);
  });

  it('prints in black and white without the pickers, keeping tables whole', async () => {
    const { el } = await mount();
    await emulateMedia({ media: 'print' });
    const table = getByRole(el, 'table', { name: 'Referrals by status' });
    expect(getComputedStyle(table).breakInside).to.equal('avoid');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    const note = el.shadowRoot!.getElementById(table.getAttribute('aria-describedby')!)!;
    expect(getComputedStyle(note).color).to.equal('rgb(0, 0, 0)');
  });

  it('is accessible in all six languages, and when the data is invalid', async () => {
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(() => html`<linkki-evaluation-report .report=${sampleReport()} .references=${sampleReferences()}></linkki-evaluation-report>`);
    await expectAccessibleInEveryLocale<LinkkiEvaluationReport>(() => html`<linkki-evaluation-report .report=${{ version: 2 }}></linkki-evaluation-report>`);
  });
});


