import { expect, waitUntil } from '@open-wc/testing';
import type { ValidationIssue } from '@linkki/schema';
import { createElement, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { getByRole, queryByRole } from '../../../test/helpers/queries.js';
import { sampleActivities } from '../../elements/src/activity-finder/activity-finder.fixtures.js';
import { QuestionnaireHarness } from '../../elements/src/questionnaire/questionnaire.harness.js';
import { ReferralFormHarness } from '../../elements/src/referral-form/referral-form.harness.js';
import {
  eventProp,
  LinkkiActivityFinder,
  LinkkiCaseList,
  LinkkiCaseTimeline,
  LinkkiEvaluationReport,
  LinkkiParticipation,
  LinkkiReferralForm,
  LinkkiReferralStatus,
  LinkkiSwemwbs,
  type AnswersChangedDetail,
  type LinkkiErrorDetail,
} from './index.js';

/** Mounts React into a fresh container; `render` re-renders it synchronously. */
function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  return {
    container,
    render: (node: Parameters<Root['render']>[0]) => flushSync(() => root.render(createElement(StrictMode, null, node))),
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

describe('@linkki/react in Chromium', () => {
  // First, while <linkki-case-list> is not defined yet, as on a page the server rendered.
  it('hydrates server-rendered markup without a mismatch, then defines the element and sets its properties', async () => {
    expect(customElements.get('linkki-case-list')).to.equal(undefined);
    const cases: never[] = [];
    const opened: string[] = [];
    const app = () => createElement('section', null, createElement(LinkkiCaseList, { lang: 'en', cases, now: '2026-11-24', headingLevel: 3, onLinkkiCaseOpen: (event) => opened.push(event.detail.id) }));
    const container = document.createElement('div');
    container.innerHTML = renderToString(app());
    expect(container.innerHTML).to.equal('<section><linkki-case-list lang="en"></linkki-case-list></section>');
    document.body.append(container);
    const problems: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => problems.push(args);
    try {
      const root = hydrateRoot(container, app(), { onRecoverableError: (error) => problems.push(error) });
      const el = container.querySelector('linkki-case-list')!;
      await waitUntil(() => customElements.get('linkki-case-list') && el.cases === cases, 'not defined with its properties', { timeout: 20000 });
      expect(el.now).to.equal('2026-11-24');
      await waitUntil(() => queryByRole(el, 'heading', { level: 3 }), 'no level-3 heading', { timeout: 10000 });
      expect(problems).to.deep.equal([]);
      root.unmount();
    } finally {
      console.error = consoleError;
      container.remove();
    }
  });

  it('mounts <linkki-swemwbs>, loads and defines it, sets its properties and hands a typed linkki-changed to onLinkkiChanged', async () => {
    const app = mount();
    const changes: AnswersChangedDetail[] = [];
    app.render(
      createElement(LinkkiSwemwbs, {
        lang: 'en',
        headingLevel: 3,
        timepoint: 'end',
        onLinkkiChanged: (event) => changes.push(event.detail),
      }),
    );
    const el = app.container.querySelector('linkki-swemwbs')!;
    expect(el, 'the tag is rendered').to.exist;
    await waitUntil(() => customElements.get('linkki-swemwbs'), 'not defined', { timeout: 20000 });
    // Properties set in React arrive once the element is defined (not lost to the upgrade).
    await waitUntil(() => el.headingLevel === 3 && el.timepoint === 'end', 'properties not set', { timeout: 10000 });
    await el.updateComplete;
    await waitUntil(() => queryByRole(el, 'heading', { level: 3 }), 'no level-3 heading', { timeout: 10000 });

    await new QuestionnaireHarness(el).answer(/optimistic about the future/, 'Often');
    expect(changes).to.deep.equal([{ answers: { optimistic: 4 }, complete: false }]);

    // A new handler replaces the old one; no handler, no listener.
    const later: number[] = [];
    app.render(createElement(LinkkiSwemwbs, { lang: 'en', headingLevel: 3, onLinkkiChanged: (event) => later.push(Object.keys(event.detail.answers).length) }));
    await new QuestionnaireHarness(el).answer(/useful/, 'Rarely');
    app.render(createElement(LinkkiSwemwbs, { lang: 'en', headingLevel: 3 }));
    await new QuestionnaireHarness(el).answer(/relaxed/, 'Rarely');
    expect(changes).to.have.length(1);
    expect(later).to.deep.equal([2]);
    app.unmount();
  });

  it('passes an array property to <linkki-activity-finder> and reports invalid entries through a typed onLinkkiError', async () => {
    const app = mount();
    const errors: LinkkiErrorDetail[] = [];
    const activities = [...sampleActivities, { id: 'broken', name: { fi: 'Rikki' } }] as typeof sampleActivities;
    app.render(createElement(LinkkiActivityFinder, { lang: 'en', activities, onLinkkiError: (event) => errors.push(event.detail) }));
    const el = app.container.querySelector('linkki-activity-finder')!;
    await waitUntil(() => errors.length > 0, 'no linkki-error', { timeout: 20000 });
    expect(el.activities).to.equal(activities);
    expect(errors[0]!.kind).to.equal('invalid');
    expect(new Set(errors[0]!.issues.map((issue: ValidationIssue) => issue.path[0]))).to.deep.equal(new Set([sampleActivities.length]));
    await waitUntil(() => queryByRole(el, 'article', { name: 'Village hall singing group' }), 'valid entries not shown', { timeout: 20000 });
    app.unmount();
  });

  it('sets an object property of <linkki-referral-form> and lets the host cancel linkki-submit in onLinkkiSubmit', async () => {
    const app = mount();
    const referrer = { type: 'social-services' as const, name: 'Testi Sosiaaliohjaaja', organisation: 'Esimerkkikunnan sosiaalitoimi', contact: { email: 'ohjaaja@example.org' } };
    const kinds: string[] = [];
    app.render(
      createElement(LinkkiReferralForm, {
        lang: 'en',
        referrer,
        onLinkkiSubmit: (event) => {
          kinds.push(event.detail.kind);
          event.preventDefault();
        },
        onLinkkiError: (event) => kinds.push(`error:${event.detail.kind}`),
      }),
    );
    const el = app.container.querySelector('linkki-referral-form')!;
    await waitUntil(() => el.shadowRoot && queryByRole(el, 'button', { name: 'Send referral' }), 'no form', { timeout: 20000 });
    expect(el.referrer).to.equal(referrer);
    expect(el.shadowRoot!.textContent).to.contain('Referrer: Testi Sosiaaliohjaaja, Esimerkkikunnan sosiaalitoimi');

    const h = new ReferralFormHarness(el);
    await h.press('Send referral');
    await waitUntil(() => kinds.length === 1, 'no linkki-error for the empty form', { timeout: 10000 });
    expect(kinds).to.deep.equal(['error:validation']);

    await h.fillPerson('Name');
    await h.check('The person has agreed to the referral');
    await h.press('Send referral');
    await waitUntil(() => kinds.length === 2, 'no linkki-submit', { timeout: 10000 });
    expect(kinds[1]).to.equal('professional');
    // Cancelled: the host keeps the referral, the form is not sent and shows no confirmation.
    expect(el.submissionState).to.not.equal('sent');
    app.unmount();
  });

  it('lists, for every wrapper, exactly the properties a host may set on its element', async () => {
    const wrappers = [LinkkiSwemwbs, LinkkiParticipation, LinkkiReferralForm, LinkkiReferralStatus, LinkkiCaseTimeline, LinkkiCaseList, LinkkiEvaluationReport, LinkkiActivityFinder];
    const app = mount();
    app.render(createElement('div', null, ...wrappers.map((Wrapper, key) => createElement(Wrapper as typeof LinkkiSwemwbs, { key, lang: 'en' }))));
    for (const Wrapper of wrappers) {
      const tag = Wrapper.tagName;
      await waitUntil(() => customElements.get(tag), `${tag} not defined`, { timeout: 30000 });
      const Element = customElements.get(tag) as unknown as { elementProperties: Map<string, { state?: boolean }>; prototype: object };
      const reactive = [...Element.elementProperties].filter(([, options]) => !options.state).map(([name]) => name);
      // Plain accessors with a setter (a questionnaire's `answers`), found along the prototype chain.
      const accessors: string[] = [];
      for (let proto = Element.prototype; proto !== HTMLElement.prototype; proto = Object.getPrototypeOf(proto)) {
        for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
          if (descriptor.set && !Element.elementProperties.has(name) && !accessors.includes(name)) accessors.push(name);
        }
      }
      expect([...Wrapper.propertyNames].sort(), tag).to.deep.equal([...reactive, ...accessors].sort());
    }
    app.unmount();
  });

  it('names event props after the events', () => {
    expect(eventProp('linkki-submitted')).to.equal('onLinkkiSubmitted');
    expect(eventProp('linkki-sign-in-requested')).to.equal('onLinkkiSignInRequested');
  });
});
