/**
 * Every story of the Storybook static build renders: opened through the demo server's /storybook/
 * route (its own CSP) in Chromium, each must reach Storybook's "completed" phase (play function
 * included) with no uncaught error, no console error and no Storybook error overlay. The Storybook
 * manager page itself must load under the route's CSP, and the demo pages keep the strict one.
 *
 * Run: `npm run build-storybook && npm run test:visual` (this file and screenshots.test.ts), or
 * `node --import tsx --conditions=source --test test/visual/stories.test.ts`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStory, storyEntries, storyPage, type StoryPage, type Visual, visualSession } from './harness.js';

/**
 * Console errors that are part of a story, with the reason. Chromium logs a refused or failed request
 * as a console error even when the element handles it and shows its designed error state.
 */
const EXPECTED_ERRORS: { pattern: RegExp; stories?: RegExp; why: string }[] = [
  { pattern: /http:\/\/127\.0\.0\.1:9\//, why: 'the "service unreachable" stories point the element at port 9, where nothing answers' },
  { pattern: /404 \(Not Found\) \(\/favicon\.ico\)/, why: "the demo has no favicon; Chromium asks for one on every fresh page" },
  { pattern: /404 \(Not Found\) \(\/no-such-instrument\.json\)/, stories: /participation--file-that-cannot-be-loaded/, why: 'a wording file that does not exist' },
  { pattern: /404 \(Not Found\) \(\/api\/status\/A{43}\)/, stories: /referral-status--/, why: 'a status token the intake does not know ("link not in use")' },
  { pattern: /404 \(Not Found\)/, stories: /activity-finder--load-error/, why: 'a catalogue address that does not exist' },
];
const expected = (id: string, error: string) => EXPECTED_ERRORS.some((e) => e.pattern.test(error) && (!e.stories || e.stories.test(id)));

describe('Storybook static build', () => {
  const stories = storyEntries();
  let visual: Visual;
  let story: StoryPage;
  before(async () => {
    visual = await visualSession.acquire();
    story = await storyPage(visual);
  });
  after(async () => {
    await story?.page.close();
    await visualSession.release();
  });

  it('is served at /storybook/ under a CSP it works with; the demo pages keep the strict CSP', async () => {
    const manager = await fetch(`${visual.serverOrigin}/storybook/`);
    assert.equal(manager.status, 200);
    assert.match(manager.headers.get('content-security-policy') ?? '', /script-src 'self' 'unsafe-inline'/);
    const demo = await fetch(`${visual.serverOrigin}/`);
    assert.match(demo.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    story.errors.length = 0;
    await story.page.goto(`${visual.origin}/storybook/`, { waitUntil: 'load' });
    // The manager lists the stories in its sidebar and shows the first one in its preview iframe.
    await story.page.waitForSelector('#storybook-explorer-menu a, [data-item-id]', { timeout: 20_000 });
    const frame = await story.page.waitForSelector('iframe#storybook-preview-iframe');
    assert.ok(frame, 'the preview iframe is there');
    assert.deepEqual(story.errors.filter((e) => /Content Security Policy|Refused to/.test(e)), []);
  });

  for (const entry of stories) {
    it(`${entry.title} › ${entry.name} renders without errors`, async () => {
      // Shown in the preview that is already loaded (fast); a story that logs an error is opened again
      // in a fresh page, so that an error left over from the story before is not held against it.
      let errors: string[] = [];
      for (const fresh of [false, true]) {
        story.errors.length = 0;
        await openStory(story, visual.origin, entry.id, 'fi', { fresh });
        errors = story.errors.filter((error) => !expected(entry.id, error));
        if (errors.length === 0) break;
      }
      assert.deepEqual(errors, [], `${entry.id} logged errors`);
      const drawn = await story.page.evaluate(() => (document.querySelector('#storybook-root')?.getBoundingClientRect().height ?? 0) > 0);
      assert.ok(drawn, `${entry.id} draws something`);
    });
  }
});
