import { validateCaseEvent, type Case, type CaseEvent } from '@linkki/schema';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByRole, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { closedCase, directCase, followedUpCase, midwayCase, newCase, overdueCase, sampleCatalogue, sampleReferences } from './case-timeline.fixtures.js';
import type { LinkkiCaseTimeline } from './case-timeline.js';
import { CaseTimelineHarness } from './case-timeline.harness.js';
import './define.js';

type Fixture = { record: Case; now: string };

/** The catalogue names and the edit forms load on demand; wait for both like a person would wait for the page. */
async function settled(el: LinkkiCaseTimeline) {
  // Names from the catalogue and the chart's drawing load on demand.
  await import('./activity-names.js');
  await import('./wellbeing-svg.js');
  if (el.editable) {
    await import('./edit/editing.js');
    await waitUntil(() => el.shadowRoot!.querySelector('button[data-form]'), 'edit forms did not load');
  }
  await aTimeout(0);
  await el.updateComplete;
}

const mount = async ({ record, now }: Fixture, options: { editable?: boolean; lang?: string; order?: string } = {}) => {
  const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline
    lang=${options.lang ?? 'en'}
    now=${now}
    order=${options.order ?? 'newest'}
    ?editable=${options.editable}
    .case=${record}
    .catalogue=${sampleCatalogue}
    .references=${sampleReferences}
  ></linkki-case-timeline>`);
  await settled(el);
  return { el, h: new CaseTimelineHarness(el) };
};
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<linkki-case-timeline> shows where the case stands', () => {
  it('lists events newest first by default, oldest first on request, grouped by month', async () => {
    const { el, h } = await mount(midwayCase());
    expect(h.monthHeadings()).to.deep.equal(['September 2026', 'August 2026', 'July 2026']);
    expect(h.eventLabels()[0]).to.equal('Note');
    expect(h.eventLabels().at(-1)).to.equal('Referral received');
    el.order = 'oldest';
    await el.updateComplete;
    expect(h.monthHeadings()).to.deep.equal(['July 2026', 'August 2026', 'September 2026']);
    expect(h.eventLabels()).to.deep.equal([
      'Referral received',
      'Routed: To a link worker',
      'Meeting: At home',
      'Questionnaire completed: wellbeing (SWEMWBS), at the start',
      'Tried an activity: Nordic walking group',
      'Meeting: Outdoors',
      'Joined an activity: Village hall singing group',
      'Note',
    ]);
  });

  it('renders every event type with a text label, date and role', async () => {
    const record: Case = {
      id: 'all',
      events: [
        ...followedUpCase().record.events,
        { type: 'note', id: 'n1', at: '2026-11-01T10:00:00+02:00', by: 'coordinator', text: 'Soitettu.' },
        { type: 'follow-up-due', id: 'f1', at: '2026-08-01T10:00:00+02:00', by: 'system', due: '2026-10-31' },
        { type: 'activity-tried', id: 't1', at: '2026-03-01T10:00:00+02:00', by: 'link-worker', activity: { name: 'Avantouinti' } },
      ],
    };
    const { el, h } = await mount({ record, now: '2026-11-24' }, { order: 'oldest' });
    const types = new Set(record.events.map((e) => e.type));
    expect(types.size).to.equal(10);
    const labels = h.eventLabels();
    for (const expected of ['Referral received', 'Routed: To a link worker', 'Meeting: At home', 'Tried an activity: Avantouinti', 'Joined an activity: Village hall singing group',
      'Questionnaire completed: wellbeing (SWEMWBS), at the end', 'Note', 'Case ended: Completed as planned', 'Follow-up agreed by 10/31/2026', 'Follow-up done']) {
      expect(labels, expected).to.include(expected);
    }
    expect(text(el)).to.contain('11/1/2026 · Recorded by: Coordinator');
  });

  it('shows time used and left in the six months', async () => {
    const { el, h } = await mount(midwayCase());
    expect(h.timeBar().getAttribute('aria-valuetext')).to.equal('2 months 5 days used, 3 months 26 days left');
    expect(text(el)).to.contain('Started 7/20/2026. Six months are up on 1/20/2027.');
    expect(text(el)).to.contain('Status: ongoing');
  });

  it('shows a clear overdue state past six months', async () => {
    const { el, h } = await mount(overdueCase());
    expect(text(el)).to.contain('Six months were exceeded by 1 month 14 days');
    expect(text(el)).to.contain('Agree on how the work ends and record the ending.');
    expect(h.timeBar().getAttribute('aria-valuetext')).to.contain('7 months 14 days used');
  });

  it('shows the last day and day 0 in words', async () => {
    const { el } = await mount(newCase());
    expect(text(el)).to.contain('6 months left');
    expect(text(el)).to.contain('Self-referral received');
    const { record } = newCase();
    const { el: last } = await mount({ record, now: '2027-05-24' });
    expect(text(last)).to.contain('Today is the last day');
  });

  it('says there is no link-worker period for a direct referral', async () => {
    const { el, h } = await mount(directCase());
    expect(text(el)).to.contain('Referred straight to an activity on 10/8/2026. There is no period of work with a link worker.');
    expect(queryByRole(el, 'progressbar')).to.equal(null);
    expect(h.eventLabels()).to.include('Joined an activity: Nordic walking group');
  });

  it('shows the follow-up as due, overdue or done', async () => {
    const { el } = await mount(closedCase());
    expect(text(el)).to.contain('Coming up: due by 10/31/2026 (31 days left)');
    expect(text(el)).to.contain('Status: ended 7/31/2026 (Completed as planned)');
    expect(text(el)).to.contain('The work lasted 5 months 29 days (2/2/2026–7/31/2026).');
    const { el: late } = await mount({ ...closedCase(), now: '2026-11-01' });
    expect(text(late)).to.contain('Overdue: was due by 10/31/2026 (1 day late)');
    const { el: done } = await mount(followedUpCase());
    expect(text(done)).to.contain('Done 10/29/2026');
  });

  it('draws SWEMWBS as a labelled chart with a summary, a table and the embedder’s reference line', async () => {
    const { el } = await mount(followedUpCase());
    const chart = getByRole(el, 'img', { name: /SWEMWBS scores by time point/ });
    expect(chart.querySelectorAll('circle')).to.have.length(3);
    expect(chart.querySelectorAll('line.reference')).to.have.length(1);
    const summary = 'At the start 16.36 points, 3-month follow-up 22.35 points. Change +5.99 points.';
    expect(text(el)).to.contain(summary);
    expect(chart.querySelector('desc')!.textContent).to.contain(summary);
    const table = getByRole(el, 'table', { name: 'SWEMWBS scores as a table' });
    // As a screen reader reads the rows: the column names shown in a stacked (narrow) table are for the eye only.
    const spoken = (row: Element) => {
      const copy = row.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    };
    const rows = getAllByRole(table, 'row').slice(1).map(spoken);
    expect(rows).to.deep.equal(['At the start 16.36 2/9/2026', 'At the end 24.11 7/31/2026', '3-month follow-up 22.35 10/29/2026']);
    expect(getByRole(el, 'list', { name: 'For comparison' }).textContent).to.contain('Esimerkkiviite: 23.5. Source: kuvitteellinen vertailuarvo');
  });

  it('shows the closure with names from the catalogue', async () => {
    const { el } = await mount(closedCase());
    const closure = getByRole(el, 'region', { name: 'Ending' });
    const t = closure.innerText.replace(/\s+/g, ' ');
    expect(t).to.contain('Reason for ending Completed as planned');
    expect(t).to.contain('Meetings 3');
    expect(t).to.contain("The person's own answers Would you recommend the wellbeing referral to others? Certainly (5/5)");
    expect(t).to.contain('I feel my wellbeing has strengthened because of what followed from the wellbeing referral Agree (4/5)');
    expect(t).to.contain('Activities they stayed on in Village hall singing group');
    el.catalogue = undefined;
    await el.updateComplete;
    expect(getByRole(el, 'region', { name: 'Ending' }).textContent).to.contain('Lauluryhmä');
  });

  it('shows a designed error and fires linkki-error for an invalid case', async () => {
    const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline lang="en"></linkki-case-timeline>`);
    const error = oneEvent(el, 'linkki-error');
    el.case = { id: 'bad', events: [{ type: 'meeting', id: 'm', at: 'yesterday', by: 'link-worker', place: 'sauna' }] } as unknown as Case;
    const { detail } = await error;
    expect(detail.issues.map((i: { path: unknown[] }) => i.path.join('.'))).to.include.members(['events.0.at', 'events.0.place']);
    const alert = getByRole(el, 'alert');
    expect(alert.textContent).to.contain('The case cannot be shown');
    expect(alert.textContent).to.contain('events.0.at');
    expect(queryByRole(el, 'progressbar')).to.equal(null);
  });
});

describe('<linkki-case-timeline editable>', () => {
  it('adds a meeting: errors first, then a valid event for the host', async () => {
    const { el, h } = await mount(midwayCase(), { editable: true });
    await h.press('Add a meeting');
    expect(h.focused()?.textContent).to.equal('New meeting');
    await h.press('Save');
    expect(getByRole(el, 'alert').textContent).to.contain('Choose where you met.');
    expect(h.focused()?.classList.contains('error-summary')).to.equal(true);
    await h.choose('At home');
    await h.type('Length in minutes (optional)', 'an hour');
    await h.press('Save');
    expect(getByRole(el, 'alert').textContent).to.contain('Enter the length in whole minutes, for example 45.');
    await h.type('Length in minutes (optional)', '45');
    await h.type('Note (optional)', 'Kävimme kirjastossa.');
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    const { detail } = await add;
    expect(validateCaseEvent(detail).ok).to.equal(true);
    expect(detail).to.deep.include({ type: 'meeting', place: 'home', durationMinutes: 45, note: 'Kävimme kirjastossa.', by: 'link-worker' });
    expect(detail.at.slice(0, 10)).to.equal('2026-09-25');
    await el.updateComplete;
    expect(queryByRole(el, 'form')).to.equal(null);
    expect(h.focused()?.textContent).to.equal('Add a meeting');
    await waitUntil(() => h.announcement() === 'The entry was added.');
  });

  it('keeps the form and what was typed when the host declines the event', async () => {
    const { el, h } = await mount(midwayCase(), { editable: true });
    el.addEventListener('linkki-event-add', (e) => e.preventDefault(), { once: true });
    await h.press('Add a note');
    await h.type(/^Note/, 'Soita perjantaina.');
    await h.press('Save');
    await waitUntil(() => h.announcement() === 'The entry was not saved. What you typed is still in the form.');
    expect((getByRole(el, 'textbox', { name: /^Note/ }) as HTMLTextAreaElement).value).to.equal('Soita perjantaina.');
  });

  it('records an activity tried, keeping the catalogue id of a suggested name', async () => {
    const { el, h } = await mount(midwayCase(), { editable: true });
    await h.press('Record an activity tried');
    await h.type('Name of the activity', 'Village hall singing group');
    await h.check('The person stayed on in the activity');
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    const { detail } = await add;
    expect(detail).to.deep.include({ type: 'activity-joined', activity: { activityId: 'sod-kuoro', name: 'Village hall singing group' } });
  });

  it('closes the case with the ending reason and the closure record', async () => {
    const { el, h } = await mount(midwayCase(), { editable: true });
    await h.press('Close the case');
    expect((getByRole(el, 'textbox', { name: 'Number of meetings' }) as HTMLInputElement).value).to.equal('2');
    await h.press('Close the case', 1);
    expect(getByRole(el, 'alert').textContent).to.contain('Choose the reason for ending.');
    await h.choose('Completed as planned');
    await h.choose('Probably', 'Would you recommend the wellbeing referral to others? (optional)');
    await h.type('In your own words (optional)', 'Lauluryhmä.');
    expect((getByRole(el, 'checkbox', { name: 'Village hall singing group' }) as HTMLInputElement).checked).to.equal(true);
    expect((getByRole(el, 'checkbox', { name: 'Nordic walking group' }) as HTMLInputElement).checked).to.equal(false);
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Close the case', 1);
    const { detail } = (await add) as CustomEvent<Extract<CaseEvent, { type: 'closed' }>>;
    expect(validateCaseEvent(detail).ok).to.equal(true);
    expect(detail.closure).to.deep.equal({
      endingReason: 'completed',
      meetings: 2,
      recommend: 4,
      whatCameIn: 'Lauluryhmä.',
      activitiesJoined: [{ activityId: 'sod-kuoro', name: 'Lauluryhmä' }],
    });
  });

  it('offers no close form once the case is closed', async () => {
    const { el } = await mount(closedCase(), { editable: true });
    expect(queryByRole(el, 'button', { name: 'Close the case' })).to.equal(null);
    expect(getByRole(el, 'button', { name: 'Add a note' })).to.exist;
  });

  it('works by keyboard alone', async () => {
    const { el, h } = await mount(midwayCase(), { editable: true });
    const add = getByRole(el, 'button', { name: 'Add a note' }) as HTMLButtonElement;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(h.focused()?.textContent).to.equal('New note');
    const note = getByRole(el, 'textbox', { name: /^Note/ });
    // The date field has one tab stop per part (month, day, year) in Chromium.
    for (let i = 0; i < 6 && h.focused() !== note; i += 1) await sendKeys({ press: 'Tab' });
    expect(h.focused()).to.equal(note);
    await sendKeys({ type: 'Tavattiin kirjastossa.' });
    await sendKeys({ press: 'Tab' });
    expect(h.focused()?.textContent).to.equal('Save');
    const event = oneEvent(el, 'linkki-event-add');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.include({ type: 'note', text: 'Tavattiin kirjastossa.' });
  });
});

describe('<linkki-case-timeline> print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints a summary without buttons and with every detail open', async () => {
    const { el } = await mount(closedCase(), { editable: true });
    await emulateMedia({ media: 'print' });
    const actions = getByRole(el, 'button', { name: 'Print a summary', hidden: true }).parentElement!;
    expect(getComputedStyle(actions).display).to.equal('none');
    expect(getByRole(el, 'img', { name: /SWEMWBS/ })).to.exist;
    dispatchEvent(new Event('beforeprint'));
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(details.length).to.be.greaterThan(0);
    expect(details.every((d) => d.open)).to.equal(true);
  });
});

describe('<linkki-case-timeline> accessibility', () => {
  const timeline = (f: Fixture, editable = false) => () =>
    html`<linkki-case-timeline now=${f.now} ?editable=${editable} .case=${f.record} .catalogue=${sampleCatalogue} .references=${sampleReferences}></linkki-case-timeline>`;

  it('passes axe in every locale mid-way, with the chart', async () => {
    await expectAccessibleInEveryLocale(timeline(midwayCase()));
  });

  for (const [state, make] of [['closed and followed up', followedUpCase], ['overdue', overdueCase], ['direct', directCase]] as const) {
    it(`passes axe in every locale when ${state}`, async () => {
      await expectAccessibleInEveryLocale(timeline(make()));
    });
  }

  for (const index of [0, 1, 2, 3, 4, 5, 6]) {
    it(`passes axe in every locale with edit form ${index + 1} of 7 open and its errors shown`, async () => {
      await expectAccessibleInEveryLocale<LinkkiCaseTimeline>(timeline(midwayCase(), true), {
        prepare: async (el) => {
          await settled(el);
          const buttons = queryAllByRole(el, 'button').filter((b) => b.hasAttribute('aria-expanded'));
          buttons[index]!.click();
          await el.updateComplete;
          await aTimeout(0);
          (el.shadowRoot!.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
          await el.updateComplete;
        },
      });
    });
  }

  it('passes axe in every locale for an invalid case', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-case-timeline .case=${{ id: 'x', events: [{ type: 'nope' }] }}></linkki-case-timeline>`);
  });
});
