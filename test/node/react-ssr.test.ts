import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

/**
 * `@linkki/react` as a server renders it (Next.js, Remix): the *built* package (`npm run build`),
 * imported in Node, where there is no `window`, `document`, `HTMLElement` or `customElements` — an
 * import or a render that touched one would throw here.
 */
/** The built package (not the sources the `source` condition would pick), typed as its sources. */
const built = (): Promise<typeof import('@linkki/react')> => import(new URL('../../packages/react/dist/index.js', import.meta.url).href);

describe('@linkki/react on the server', () => {
  it('runs where the DOM does not exist', () => {
    for (const name of ['window', 'document', 'HTMLElement', 'customElements']) assert.equal(name in globalThis, false, name);
  });

  it('imports the built package and renders every wrapper to its tag with its attributes', async () => {
    const react = await built();
    const cases = [
      [react.LinkkiSwemwbs, 'linkki-swemwbs'],
      [react.LinkkiParticipation, 'linkki-participation'],
      [react.LinkkiReferralForm, 'linkki-referral-form'],
      [react.LinkkiReferralStatus, 'linkki-referral-status'],
      [react.LinkkiCaseTimeline, 'linkki-case-timeline'],
      [react.LinkkiCaseList, 'linkki-case-list'],
      [react.LinkkiEvaluationReport, 'linkki-evaluation-report'],
      [react.LinkkiActivityFinder, 'linkki-activity-finder'],
    ] as const;
    for (const [Wrapper, tag] of cases) {
      const html = renderToString(
        createElement(Wrapper as typeof react.LinkkiSwemwbs, {
          lang: 'se',
          id: `x-${tag}`,
          headingLevel: 3,
          onLinkkiError: () => assert.fail('no event on the server'),
        }),
      );
      // The tag and its HTML attributes; properties and listeners are set in the browser.
      assert.equal(html, `<${tag} lang="se" id="x-${tag}"></${tag}>`);
    }
  });

  it('renders inside a page with the element between other markup', async () => {
    const { LinkkiReferralForm } = await built();
    const html = renderToString(createElement('main', null, createElement('h1', null, 'Hyvinvointilähete'), createElement(LinkkiReferralForm, { lang: 'fi', endpoint: '/api/referrals' })));
    assert.equal(html, '<main><h1>Hyvinvointilähete</h1><linkki-referral-form lang="fi"></linkki-referral-form></main>');
  });
});
