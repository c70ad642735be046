/**
 * `npm run test:visual [-- --update]`: the story-render test, then the screenshot suite, in one
 * process sharing one demo server and one Chromium (test/visual/harness.ts). The root hooks hold the
 * session open between the two files.
 */
import { after, before } from 'node:test';
import { visualSession } from './harness.js';
import './stories.test.js';
import './screenshots.test.js';

before(() => visualSession.acquire());
after(() => visualSession.release());
