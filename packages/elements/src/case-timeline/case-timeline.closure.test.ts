import { validateCaseEvent, type Case, type CaseEvent } from '@linkki/schema';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import { closedCase, midwayCase, sampleCatalogue } from './case-timeline.fixtures.js';
import type { LinkkiCaseTimeline } from './case-timeline.js';
import { CaseTimelineHarness } from './case-timeline.harness.js';
import './define.js';

type Closed = Extract<CaseEvent, { type: 'closed' }>;

async function mount(lang = 'en', record: Case = midwayCase().record, now = midwayCase().now) {
  const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline lang=${lang} now=${now} editable .case=${record} .catalogue=${sampleCatalogue}></linkki-case-timeline>`);
  await import('./edit/editing.js');
  await waitUntil(() => el.shadowRoot!.querySelector('button[data-form]'), 'edit forms did not load');
  await aTimeout(0);
  await el.updateComplete;
  return { el, h: new CaseTimelineHarness(el) };
}

/** Opens the close form and waits for the embedded questionnaire to render. */
async function openClose(h: CaseTimelineHarness, name = 'Close the case') {
  await h.press(name);
  const swemwbs = h.element.shadowRoot!.querySelector<LinkkiSwemwbs>('linkki-swemwbs')!;
  await swemwbs.updateComplete;
  await waitUntil(() => swemwbs.shadowRoot!.querySelector('input[type="radio"]'), 'the end SWEMWBS did not render');
  return swemwbs;
}

const closing = (el: LinkkiCaseTimeline) => oneEvent(el, 'linkki-event-add') as Promise<CustomEvent<CaseEvent>>;

describe('<linkki-case-timeline> close form: how and why it ended', () => {
  it('asks "why?" for an interrupted case, offers no "not recorded", and keeps the answer when the ending changes', async () => {
    const { el, h } = await mount();
    await openClose(h);
    expect(queryByRole(el, 'group', { name: 'Why?' })).to.equal(null);
    await h.choose('Interrupted');
    expect(h.options('Why?')).to.deep.equal([
      'Did not want to go on', 'Could not be reached', 'Health changed', 'Needed another kind of service', 'Moved away', 'No suitable activity was found', 'Other reason',
    ]);
    await h.press('Close the case', 1);
    expect(h.errors()).to.deep.equal(['Choose why the work was interrupted or did not start.']);
    await h.choose('Could not be reached', 'Why?');
    await h.type('Tell more (optional)', 'Puhelin ei vastannut kolmella kerralla.');
    await h.choose('Completed as planned');
    expect(queryByRole(el, 'group', { name: 'Why?' })).to.equal(null);
    await h.choose('Did not lead to joint work');
    expect((getByRole(el, 'radio', { name: 'Could not be reached' }) as HTMLInputElement).checked).to.equal(true);
    const add = closing(el);
    await h.press('Close the case', 1);
    const { detail } = await add;
    expect(validateCaseEvent(detail).ok).to.equal(true);
    expect((detail as Closed).closure).to.deep.include({ endingReason: 'no-joint-work', whyEnded: { code: 'not-reached', text: 'Puhelin ei vastannut kolmella kerralla.' } });
  });

  it('records hours to the quarter hour, kilometres and how the person carries on', async () => {
    const { el, h } = await mount();
    await openClose(h);
    await h.choose('Completed as planned');
    await h.type("Link worker's time in hours (optional)", '7,3');
    await h.type('Kilometres in total (optional)', 'forty');
    await h.press('Close the case', 1);
    expect(h.errors()).to.deep.equal(['Enter the hours as a number to the quarter hour, for example 1.5.', 'Enter the kilometres as a whole number, for example 24.']);
    // Nothing typed is lost on an error.
    expect((getByRole(el, 'textbox', { name: /^Link worker's time/ }) as HTMLInputElement).value).to.equal('7,3');
    await h.type("Link worker's time in hours (optional)", '7,25');
    await h.type("Coordinator's time in hours (optional)", '1.5');
    await h.type('Kilometres in total (optional)', '84');
    await h.check('Goes on as a volunteer');
    await h.check('Goes on in the activity');
    const add = closing(el);
    await h.press('Close the case', 1);
    const { closure } = (await add).detail as Closed;
    expect(closure).to.deep.include({ hours: { linkWorker: 7.25, coordinator: 1.5 }, kilometres: 84, continuing: ['activity', 'volunteer'] });
  });
});

describe('<linkki-case-timeline> close form: the person answers herself', () => {
  it('asks the two questions in first person, as the seeds word them, each on its own scale plus "did not want to answer"', async () => {
    const { el, h } = await mount('fi');
    await openClose(h, 'Päätä asiakkuus');
    const part = getByRole(el, 'region', { name: 'Kysy henkilöltä itseltään' });
    expect(getByRole(part, 'heading', { name: 'Kysy henkilöltä itseltään' })).to.exist;
    expect(h.options('Suosittelisitko hyvinvointilähetettä muille? (vapaaehtoinen)')).to.deep.equal([
      'En missään tapauksessa', 'Tuskin', 'En osaa sanoa', 'Luultavasti', 'Ehdottomasti', 'Ei halunnut vastata',
    ]);
    expect(h.options('Koen hyvinvointini vahvistuneen hyvinvointilähetteestä seuranneiden asioiden johdosta (vapaaehtoinen)')).to.deep.equal([
      'Täysin eri mieltä', 'Jokseenkin eri mieltä', 'Ei samaa eikä eri mieltä', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä', 'Ei halunnut vastata',
    ]);
    // Both questions, and the end SWEMWBS, sit inside the part the person answers.
    expect(getAllByRole(part, 'group').map((g) => g.getAttribute('id'))).to.include.members(['recommend', 'wellbeingStrengthened']);
    expect(part.querySelector('linkki-swemwbs')).to.exist;
  });

  it('records her answers, or that she did not want to answer', async () => {
    const { el, h } = await mount();
    await openClose(h);
    await h.choose('Completed as planned');
    await h.choose('Certainly', 'Would you recommend the wellbeing referral to others? (optional)');
    await h.choose('Did not want to answer', 'I feel my wellbeing has strengthened because of what followed from the wellbeing referral (optional)');
    const add = closing(el);
    await h.press('Close the case', 1);
    expect(((await add).detail as Closed).closure).to.deep.include({ recommend: 5, wellbeingStrengthened: 'declined' });
  });
});

describe('<linkki-case-timeline> close form by keyboard', () => {
  it('moves along a scale with the arrow keys and on with Tab, as native radios do', async () => {
    const { el, h } = await mount();
    await openClose(h);
    const first = getByRole(el, 'radio', { name: 'Certainly not' }) as HTMLInputElement;
    first.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((getByRole(el, 'radio', { name: 'Not sure' }) as HTMLInputElement).checked).to.equal(true);
    expect(h.focused()).to.equal(getByRole(el, 'radio', { name: 'Not sure' }));
    await sendKeys({ press: 'Tab' });
    expect(h.focused()).to.equal(getByRole(el, 'radio', { name: 'Strongly disagree' }));
  });
});

describe('<linkki-case-timeline> close form: feedback to the referrer', () => {
  it('needs the feedback when consent is ticked, records the consent, and says what happens without it', async () => {
    const { el, h } = await mount();
    await openClose(h);
    await h.choose('Completed as planned');
    const consent = getByRole(el, 'checkbox', { name: 'The person has agreed that this feedback may be shared with the referrer' }) as HTMLInputElement;
    expect(consent.getAttribute('aria-describedby')).to.contain('feedbackConsent-hint');
    expect(el.shadowRoot!.getElementById('feedbackConsent-hint')!.textContent).to.equal('Without consent the feedback stays on the case only and the referrer does not see it.');
    await h.check('The person has agreed that this feedback may be shared with the referrer');
    await h.press('Close the case', 1);
    expect(h.errors()).to.deep.equal(['Write the feedback the referrer will get, or untick the consent.']);
    await h.type(/^Feedback to the referrer/, 'Yhteistyö sujui hyvin.');
    const add = closing(el);
    await h.press('Close the case', 1);
    expect(((await add).detail as Closed).closure).to.deep.include({ feedbackToReferrer: 'Yhteistyö sujui hyvin.', feedbackConsent: true });
  });

  it('records feedback without consent as not to be shared', async () => {
    const { el, h } = await mount();
    await openClose(h);
    await h.choose('Completed as planned');
    await h.type(/^Feedback to the referrer/, 'Jäi kesken.');
    const add = closing(el);
    await h.press('Close the case', 1);
    expect(((await add).detail as Closed).closure).to.deep.include({ feedbackToReferrer: 'Jäi kesken.', feedbackConsent: false });
  });
});

describe('<linkki-case-timeline> close form: the end SWEMWBS in the same flow', () => {
  it('may be skipped: the closure goes alone', async () => {
    const { el, h } = await mount();
    await openClose(h);
    await h.choose('Completed as planned');
    const events: CaseEvent[] = [];
    el.addEventListener('linkki-event-add', (e) => events.push((e as CustomEvent<CaseEvent>).detail));
    await h.press('Close the case', 1);
    await waitUntil(() => events.length === 1);
    expect(events.map((e) => e.type)).to.deep.equal(['closed']);
  });

  it('half answered is an error with a way to remove the answers; answered, it is recorded at the end before the closure', async () => {
    const { el, h } = await mount();
    const swemwbs = await openClose(h);
    await h.choose('Completed as planned');
    (getAllByRole(swemwbs, 'radio', { name: 'Often' })[0] as HTMLInputElement).click();
    await h.press('Close the case', 1);
    expect(h.errors()).to.deep.equal(['Not every statement is answered. Answer the rest, or remove the answers if the person does not want to answer.']);
    for (const radio of getAllByRole(swemwbs, 'radio', { name: 'Often' })) (radio as HTMLInputElement).click();
    await swemwbs.updateComplete;
    const events: CaseEvent[] = [];
    el.addEventListener('linkki-event-add', (e) => events.push((e as CustomEvent<CaseEvent>).detail));
    await h.press('Close the case', 1);
    await waitUntil(() => events.length === 2);
    const [completed, closed] = events;
    expect(completed!.type).to.equal('questionnaire-completed');
    expect(validateCaseEvent(completed).ok).to.equal(true);
    expect((completed as Extract<CaseEvent, { type: 'questionnaire-completed' }>).response).to.deep.include({ timepoint: 'end', score: { raw: 28, metric: 25.03 } });
    expect(closed!.type).to.equal('closed');
  });
});

describe('<linkki-case-timeline> goals, period and needs', () => {
  it('records the person’s goals, one per line, in her own words', async () => {
    const { el, h } = await mount();
    await h.press('Record goals');
    await h.press('Save');
    expect(h.errors()).to.deep.equal(['Write at least one goal.']);
    await h.type(/^Goals/, 'Haluan käydä kuorossa.');
    const textarea = getByRole(el, 'textbox', { name: /^Goals/ }) as HTMLTextAreaElement;
    textarea.value = 'Haluan käydä kuorossa.\n\n  Ulkoilen kerran viikossa. ';
    textarea.dispatchEvent(new Event('input'));
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    expect((await add).detail).to.deep.include({ type: 'goals-set', goals: ['Haluan käydä kuorossa.', 'Ulkoilen kerran viikossa.'] });
  });

  it('agrees a period other than six months only with a reason, and the six-month panel follows it', async () => {
    const { el, h } = await mount();
    await h.press('Change the length of the period');
    const until = el.shadowRoot!.getElementById('until') as HTMLInputElement;
    expect(until.value).to.equal('2027-01-20');
    expect(el.shadowRoot!.getElementById('until-hint')!.textContent).to.equal('Six months are up on 1/20/2027.');
    await h.fill('The period ends on', '2027-03-20');
    await h.press('Save');
    expect(h.errors()).to.deep.equal(['Say why the period is not six months long.']);
    await h.type('Why the period is a different length (optional)', 'Kuoro alkaa vasta tammikuussa.');
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    const { detail } = await add;
    expect(detail).to.deep.include({ type: 'period-agreed', until: '2027-03-20', reason: 'Kuoro alkaa vasta tammikuussa.' });
    el.case = { ...el.case!, events: [...el.case!.events, detail] };
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Started 7/20/2026. The agreed period ends on 3/20/2027.');
    expect(text).to.contain('A different length was agreed: Kuoro alkaa vasta tammikuussa.');
    expect(h.timeBar().getAttribute('aria-label')).to.equal('Time used of the agreed period');
    expect(h.eventLabels()[0]).to.equal('Period agreed to end on 3/20/2027');
  });

  it('records barriers and unmet needs as codes and words', async () => {
    const { el, h } = await mount();
    await h.press('Record barriers and gaps');
    await h.press('Save');
    expect(h.errors()).to.deep.equal(['Choose at least one barrier or missing thing, or describe them in your own words.']);
    await h.check('Getting there');
    await h.check('No one to go with');
    await h.check('Activities closer by');
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    const { detail } = await add;
    expect(validateCaseEvent(detail).ok).to.equal(true);
    expect(detail).to.deep.include({ type: 'needs-recorded', barriers: ['transport', 'no-company'], unmetNeeds: ['activity-nearby'] });
  });

  it('offers phone and video for a meeting, not the old "remote", and records kilometres', async () => {
    const { el, h } = await mount();
    await h.press('Add a meeting');
    expect(h.options('Where you met')).to.deep.equal(['At home', 'Outdoors', 'At an activity', 'Elsewhere', 'By phone', 'By video']);
    await h.choose('By phone');
    await h.type('Kilometres travelled (optional)', '12');
    const add = oneEvent(el, 'linkki-event-add');
    await h.press('Save');
    expect((await add).detail).to.deep.include({ type: 'meeting', place: 'phone', kilometres: 12 });
  });
});

describe('<linkki-case-timeline> the closure as recorded', () => {
  const full = (): Case => {
    const { record } = closedCase();
    return {
      ...record,
      events: record.events.map((e) =>
        e.type === 'closed'
          ? { ...e, closure: { ...e.closure, endingReason: 'interrupted', whyEnded: { code: 'moved', text: 'Muutti tyttären luo.' }, hours: { linkWorker: 12.5, coordinator: 1.75 }, kilometres: 140, continuing: ['peer-group'], recommend: 'declined', feedbackConsent: true } }
          : e,
      ),
    };
  };

  it('shows why, hours, kilometres, how she carries on, her own answers and whether the feedback may be shared', async () => {
    const { el } = await mount('en', full(), closedCase().now);
    const t = getByRole(el, 'region', { name: 'Ending' }).innerText.replace(/\s+/g, ' ');
    expect(t).to.contain('Why Moved away: Muutti tyttären luo.');
    expect(t).to.contain('Time used link worker 12.5 h and coordinator 1.75 h');
    expect(t).to.contain('Kilometres 140');
    expect(t).to.contain('How they carry on Goes on in a peer group');
    expect(t).to.contain("The person's own answers Would you recommend the wellbeing referral to others? Did not want to answer");
    expect(t).to.contain('The person agreed that the feedback may be shared with the referrer.');
  });

  it('still reads old records: "not recorded" reasons and remote meetings', async () => {
    const { record, now } = closedCase();
    const old: Case = {
      ...record,
      events: [
        ...record.events.map((e) => (e.type === 'closed' ? { ...e, closure: { ...e.closure, endingReason: 'interrupted' as const, whyEnded: { code: 'not-recorded' as const } } } : e)),
        { type: 'meeting', id: 'old-remote', at: '2026-06-01T10:00:00+03:00', by: 'link-worker', place: 'remote' },
      ],
    };
    const { el, h } = await mount('en', old, now);
    expect(getByRole(el, 'region', { name: 'Ending' }).innerText).to.contain('Not recorded');
    expect(h.eventLabels()).to.include('Meeting: Remote');
  });

  it('passes axe in every locale with the full closure', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-case-timeline now=${closedCase().now} .case=${full()}></linkki-case-timeline>`);
  });
});

describe('<linkki-case-timeline> close form accessibility', () => {
  it('passes axe in every locale with "why?" shown, answers chosen, the SWEMWBS half answered and the errors shown', async () => {
    await expectAccessibleInEveryLocale<LinkkiCaseTimeline>(
      () => html`<linkki-case-timeline now=${midwayCase().now} editable .case=${midwayCase().record} .catalogue=${sampleCatalogue}></linkki-case-timeline>`,
      {
        prepare: async (el) => {
          await import('./edit/editing.js');
          await waitUntil(() => el.shadowRoot!.querySelector('button[data-form="close"]'));
          await aTimeout(0);
          (el.shadowRoot!.querySelector('button[data-form="close"]') as HTMLButtonElement).click();
          await el.updateComplete;
          const swemwbs = el.shadowRoot!.querySelector<LinkkiSwemwbs>('linkki-swemwbs')!;
          await waitUntil(() => swemwbs.shadowRoot?.querySelector('input[type="radio"]'));
          (el.shadowRoot!.getElementById('endingReason-interrupted') as HTMLInputElement).click();
          await el.updateComplete;
          (el.shadowRoot!.getElementById('recommend-declined') as HTMLInputElement).click();
          (el.shadowRoot!.getElementById('feedbackConsent') as HTMLInputElement).click();
          (swemwbs.shadowRoot!.querySelector('input[type="radio"]') as HTMLInputElement).click();
          await el.updateComplete;
          (el.shadowRoot!.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
          await el.updateComplete;
        },
      },
    );
  });
});
