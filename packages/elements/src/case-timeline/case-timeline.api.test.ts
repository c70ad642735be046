import type { CaseEvent } from '@linkki/schema';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { addLinkWorker, assignLinkWorker, storedCase } from '../../../../test/helpers/casework.js';
import { intakeBaseFor, newRun, planRequests, routeReferral, seedReferral } from '../../../../test/helpers/intake.js';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import type { LinkkiCaseTimeline } from './case-timeline.js';
import { CaseTimelineHarness } from './case-timeline.harness.js';
import './define.js';

/**
 * The timeline against the real @linkki/intake (PGlite in memory) behind the test runner's fault
 * layer: a self-referral, a link worker with her own key, the assignment and the routing, all made
 * through the API; the element loads the case and saves to it with the link worker's key.
 */
interface Seeded {
  run: string;
  id: string;
  key: string;
}

async function seedCase(): Promise<Seeded> {
  const run = newRun();
  const { id } = await seedReferral(run);
  const { staffId, key } = await addLinkWorker(run);
  await assignLinkWorker(run, id, staffId);
  await routeReferral(run, id);
  return { run, id, key };
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function mount({ run, id, key }: Seeded, options: { editable?: boolean; lang?: string; retryDelay?: number } = {}) {
  const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline
    lang=${options.lang ?? 'en'}
    ?editable=${options.editable}
    endpoint=${intakeBaseFor(run)}
    case-id=${id}
    draft="none"
    retry-delay=${options.retryDelay ?? 50}
    .authorization=${key}
  ></linkki-case-timeline>`);
  const h = new CaseTimelineHarness(el);
  return { el, h };
}

const loaded = async (el: LinkkiCaseTimeline) => {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="event"]') || queryByRole(el, 'alert'), 'the case did not load', { timeout: 10000 });
  if (el.editable) await waitUntil(() => el.shadowRoot!.querySelector('button[data-form]'), 'edit forms did not load', { timeout: 10000 });
  await el.updateComplete;
};

const added = (el: LinkkiCaseTimeline, count: number) => {
  const events: CaseEvent[] = [];
  el.addEventListener('linkki-event-added', (e) => events.push((e as CustomEvent<{ event: CaseEvent }>).detail.event));
  return { events, done: () => waitUntil(() => events.length >= count, `${count} events were not saved`, { timeout: 15000 }) };
};

describe('<linkki-case-timeline endpoint case-id> loads from the intake', () => {
  it('loads the case with the link worker’s key, which never shows in the DOM', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded);
    await loaded(el);
    expect(h.eventLabels()).to.deep.equal(['Routed: To a link worker', 'Self-referral received']);
    expect(text(el)).to.contain('6 months left');
    expect(el.hasAttribute('authorization')).to.equal(false);
    expect(el.outerHTML).not.to.contain(seeded.key);
    expect(el.case!.id).to.equal(seeded.id);
  });

  it('says it is loading while the intake answers', async () => {
    const seeded = await seedCase();
    await planRequests(seeded.run, ['slow:1500']);
    const { el, h } = await mount(seeded);
    await waitUntil(() => getAllByRole(el, 'status').some((s) => s.textContent!.trim() === 'Loading the case…'), 'no loading state');
    await loaded(el);
    expect(h.eventLabels()).to.have.length(2);
  });

  it('says when the key is not valid (401)', async () => {
    const seeded = await seedCase();
    const { el } = await mount({ ...seeded, key: `lnk_0123456789abcdef_${'A'.repeat(43)}` });
    await loaded(el);
    expect(getByRole(el, 'alert').textContent).to.contain('The case could not be opened because your sign-in is not valid or has expired. Sign in again.');
    expect(queryByRole(el, 'button', { name: 'Try again' })).to.equal(null);
  });

  it('says when the case is not there or not hers (404)', async () => {
    const seeded = await seedCase();
    const other = await addLinkWorker(seeded.run);
    const { el } = await mount({ ...seeded, key: other.key });
    await loaded(el);
    expect(getByRole(el, 'alert').textContent).to.contain('The case was not found. It may have been removed, or it has not been given to you.');
  });

  it('offers to try again when the service is down, and then loads', async () => {
    const seeded = await seedCase();
    await planRequests(seeded.run, ['503']);
    const { el, h } = await mount(seeded);
    await loaded(el);
    expect(getByRole(el, 'alert').textContent).to.contain('The case could not be loaded because the connection is down.');
    await h.press('Try again');
    await waitUntil(() => h.eventLabels().length === 2, 'did not load after trying again');
  });
});

describe('<linkki-case-timeline endpoint case-id> reload()', () => {
  it('shows what the host saved to the case itself, keeping the case on screen meanwhile', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded);
    await loaded(el);
    const note: CaseEvent = { type: 'note', id: 'host-note-1', at: new Date().toISOString(), by: 'link-worker', text: 'Kirjattu isäntäsivulta.' };
    const saved = await fetch(`${intakeBaseFor(seeded.run)}/referrals/${seeded.id}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${seeded.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(note),
    });
    expect(saved.status).to.equal(201);
    const reloading = el.reload();
    expect(h.eventLabels()).to.have.length(2);
    await reloading;
    await el.updateComplete;
    expect(h.eventLabels()).to.have.length(3);
    expect(h.eventLabels()[0]).to.equal('Note');
  });

  it('does nothing without an endpoint', async () => {
    const el = await fixture<LinkkiCaseTimeline>(html`<linkki-case-timeline lang="en"></linkki-case-timeline>`);
    await el.reload();
    expect(getByRole(el, 'heading', { level: 2 }).textContent!.trim()).to.equal('Wellbeing referral progress');
  });
});

describe('<linkki-case-timeline endpoint case-id editable> saves to the intake', () => {
  it('saves a meeting with POST …/events, fires linkki-event-added and reloads', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded, { editable: true });
    await loaded(el);
    const saved = added(el, 1);
    await h.press('Add a meeting');
    await h.choose('By video');
    await h.type('Length in minutes (optional)', '30');
    await h.press('Save');
    await saved.done();
    expect(saved.events[0]).to.deep.include({ type: 'meeting', place: 'video', durationMinutes: 30, by: 'link-worker' });
    await waitUntil(() => h.eventLabels().includes('Meeting: By video'), 'the timeline did not reload');
    expect(queryByRole(el, 'form')).to.equal(null);
    const stored = await storedCase(seeded.run, seeded.id);
    expect(stored.events.filter((e) => e.type === 'meeting')).to.have.length(1);
  });

  it('keeps what was typed through 503s, says it is retrying, and saves once', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded, { editable: true, retryDelay: 400 });
    await loaded(el);
    await h.press('Add a note');
    await h.type(/^Note/, 'Soitettu, tavataan ensi viikolla.');
    await planRequests(seeded.run, ['503', '503']);
    const saved = added(el, 1);
    await h.press('Save');
    await waitUntil(() => queryByRole(el, 'button', { name: 'Try now' }), 'no retry offered', { timeout: 5000 });
    expect(text(el)).to.contain('Saving did not work because the connection is down.');
    expect((getByRole(el, 'textbox', { name: /^Note/ }) as HTMLTextAreaElement).value).to.equal('Soitettu, tavataan ensi viikolla.');
    await saved.done();
    await waitUntil(() => h.eventLabels().includes('Note'));
    const stored = await storedCase(seeded.run, seeded.id);
    expect(stored.events.filter((e) => e.type === 'note').map((e) => (e as Extract<CaseEvent, { type: 'note' }>).text)).to.deep.equal(['Soitettu, tavataan ensi viikolla.']);
  });

  it('shows a refusal in words and keeps the form when the key no longer works (401)', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded, { editable: true });
    await loaded(el);
    await h.press('Record goals');
    await h.type(/^Goals/, 'Haluan oppia käyttämään tablettia.');
    el.authorization = `lnk_0123456789abcdef_${'B'.repeat(43)}`;
    await h.press('Save');
    await waitUntil(() => text(el).includes('Saving did not work because your sign-in has expired.'), 'no refusal shown');
    expect((getByRole(el, 'textbox', { name: /^Goals/ }) as HTMLTextAreaElement).value).to.equal('Haluan oppia käyttämään tablettia.');
    el.authorization = seeded.key;
    await el.updateComplete;
    const saved = added(el, 1);
    await h.press('Save');
    await saved.done();
    expect(saved.events[0]).to.deep.include({ type: 'goals-set', goals: ['Haluan oppia käyttämään tablettia.'] });
  });

  it('shows a 422 in words, on the field the intake named, and keeps the form', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded, { editable: true });
    await loaded(el);
    await h.press('Add a note');
    // U+0000 passes the schema but no database can store it: the intake refuses it with a 422.
    const note = getByRole(el, 'textbox', { name: /^Note/ }) as HTMLTextAreaElement;
    note.value = 'Tavattiin\u0000 kirjastossa.';
    note.dispatchEvent(new Event('input'));
    await h.press('Save');
    await waitUntil(() => text(el).includes('The service did not accept the data. Correct the marked items.'), 'no refusal shown');
    expect(h.errors()).to.have.length(1);
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(note.value).to.equal('Tavattiin\u0000 kirjastossa.');
    expect((await storedCase(seeded.run, seeded.id)).events.filter((e) => e.type === 'note')).to.have.length(0);
  });

  it('closes the case with the person’s answers and posts the end SWEMWBS to the case’s responses', async () => {
    const seeded = await seedCase();
    const { el, h } = await mount(seeded, { editable: true });
    await loaded(el);
    await h.press('Close the case');
    const swemwbs = el.shadowRoot!.querySelector<LinkkiSwemwbs>('linkki-swemwbs')!;
    await waitUntil(() => swemwbs.shadowRoot?.querySelector('input[type="radio"]'));
    await h.choose('Completed as planned');
    await h.type('Number of meetings', '5');
    await h.choose('Certainly', 'Would you recommend the wellbeing referral to others? (optional)');
    await h.choose('Agree', 'I feel my wellbeing has strengthened because of what followed from the wellbeing referral (optional)');
    for (const radio of getAllByRole(swemwbs, 'radio', { name: 'Often' })) (radio as HTMLInputElement).click();
    await h.type(/^Feedback to the referrer/, 'Yhteistyö päättyi suunnitellusti.');
    await h.check('The person has agreed that this feedback may be shared with the referrer');
    const saved = added(el, 2);
    await h.press('Close the case', 1);
    await saved.done();
    expect(saved.events.map((e) => e.type)).to.deep.equal(['questionnaire-completed', 'closed']);
    await waitUntil(() => queryByRole(el, 'region', { name: 'Ending' }), 'the closure is not shown after the reload');
    const stored = await storedCase(seeded.run, seeded.id);
    const response = stored.events.find((e) => e.type === 'questionnaire-completed') as Extract<CaseEvent, { type: 'questionnaire-completed' }>;
    expect(response.response).to.deep.include({ timepoint: 'end', score: { raw: 28, metric: 25.03 } });
    expect(response.id).to.equal(saved.events[0]!.id);
    const closed = stored.events.find((e) => e.type === 'closed') as Extract<CaseEvent, { type: 'closed' }>;
    expect(closed.closure).to.deep.include({ endingReason: 'completed', meetings: 5, recommend: 5, wellbeingStrengthened: 4, feedbackToReferrer: 'Yhteistyö päättyi suunnitellusti.', feedbackConsent: true });
    expect(getByRole(el, 'region', { name: 'Wellbeing (SWEMWBS)' }).textContent).to.contain('At the end');
  });
});

describe('<linkki-case-timeline endpoint case-id> accessibility', () => {
  it('passes axe in every locale when loading failed (401) and when the service is down', async () => {
    const seeded = await seedCase();
    for (const key of [`lnk_0123456789abcdef_${'C'.repeat(43)}`, seeded.key]) {
      await expectAccessibleInEveryLocale<LinkkiCaseTimeline>(
        () => html`<linkki-case-timeline endpoint=${intakeBaseFor(seeded.run)} case-id=${seeded.id}></linkki-case-timeline>`,
        {
          prepare: async (el) => {
            if (key === seeded.key) await planRequests(seeded.run, ['503']);
            el.authorization = key;
            await loaded(el);
          },
        },
      );
    }
  });

  it('passes axe in every locale while a save waits to be retried', async () => {
    // A case per locale: a save left waiting in one would be resumed by the next element of its case.
    const cases = new Map<string, Seeded>();
    for (const lang of ['fi', 'se', 'smn', 'sms', 'sv', 'en']) cases.set(lang, await seedCase());
    await expectAccessibleInEveryLocale<LinkkiCaseTimeline>(
      () => html`<linkki-case-timeline editable draft="none" retry-delay="60000"></linkki-case-timeline>`,
      {
        prepare: async (el, lang) => {
          const seeded = cases.get(lang)!;
          el.endpoint = intakeBaseFor(seeded.run);
          el.caseId = seeded.id;
          el.authorization = seeded.key;
          await loaded(el);
          (el.shadowRoot!.querySelector('button[data-form="meeting"]') as HTMLButtonElement).click();
          await el.updateComplete;
          (el.shadowRoot!.getElementById('place-home') as HTMLInputElement).click();
          await el.updateComplete;
          await planRequests(seeded.run, ['503']);
          (el.shadowRoot!.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
          await waitUntil(() => el.shadowRoot!.querySelector('#send-status button'), 'no retry offered');
          await aTimeout(0);
        },
      },
    );
  });
});
