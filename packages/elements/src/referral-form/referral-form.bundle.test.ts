import { expect, waitUntil } from '@open-wc/testing';
import { seedValidDraft } from './referral-form.harness.js';
import type { LinkkiReferralForm } from './referral-form.js';

/**
 * The built bundles (`npm run build`) with the referral form, in pages under a strict CSP. The
 * standalone form leaves its sending part (after-send: the outbox, the confirmation, the status
 * link) out of its first download and asks for it when the person first moves into the form; the
 * all-in-one asks for it with the form's other chunks, in one round trip.
 */
async function strictPage(script: string, body: string, ready: (win: Window) => unknown) {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" src="/packages/elements/dist/${script}"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow && ready(frame.contentWindow), `${script} did not load`, { timeout: 20000 });
  return frame;
}

const chunkOf = (url: string) => new URL(url).pathname.replace('/packages/elements/dist/', '');
const fetchedChunks = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.includes('/dist/chunks/')).map(chunkOf);
const form = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('linkki-referral-form')!;
const rendered = (frame: HTMLIFrameElement) => waitUntil(() => form(frame).shadowRoot?.querySelector('button[type="submit"]'), 'the form did not render', { timeout: 20000 });

describe('referral form bundles', () => {
  it('linkki-referral-form.min.js fetches the sending part when the person first moves into the form', async () => {
    sessionStorage.clear();
    const frame = await strictPage('linkki-referral-form.min.js', '<linkki-referral-form draft="none"></linkki-referral-form>', (win) => win.customElements.get('linkki-referral-form'));
    await rendered(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetchedChunks(frame).filter((file) => file.includes('after-send'))).to.deep.equal([]);
    form(frame).shadowRoot!.querySelector<HTMLInputElement>('input[type="tel"]')!.focus();
    await waitUntil(() => fetchedChunks(frame).some((file) => /^chunks\/linkki-referral-form-after-send-[\w-]+\.min\.js$/.test(file)), 'the sending part was not fetched', { timeout: 20000 });
    frame.remove();
  });

  it('linkki-referral-form.min.js: Send pressed before the sending part arrived still sends, then confirms', async () => {
    sessionStorage.clear();
    seedValidDraft('linkki-referral:professional');
    const frame = await strictPage('linkki-referral-form.min.js', '<linkki-referral-form></linkki-referral-form>', (win) => win.customElements.get('linkki-referral-form'));
    await rendered(frame);
    const el = form(frame) as LinkkiReferralForm;
    expect(fetchedChunks(frame).filter((file) => file.includes('after-send'))).to.deep.equal([]);
    const submitted: string[] = [];
    el.addEventListener('linkki-submit', () => el.complete('HOST-1'), { once: true });
    el.addEventListener('linkki-submitted', () => submitted.push('submitted'));
    // A click without focus (as from a script): the part is fetched only now.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(el.submissionState).to.equal('sending');
    await el.updateComplete;
    expect(submitted).to.deep.equal(['submitted']);
    expect(el.shadowRoot!.querySelector('[part="confirmation"]')?.textContent).to.contain('HOST-1');
    sessionStorage.clear();
    frame.remove();
  });

  it("linkki.min.js preloads the sending part right after the form's own code: every chunk it fetched was asked for", async () => {
    const frame = await strictPage('linkki.min.js', '<linkki-referral-form draft="none"></linkki-referral-form>', (win) => win.customElements.get('linkki-referral-form'));
    await rendered(frame);
    const doc = frame.contentDocument!;
    form(frame).shadowRoot!.querySelector<HTMLInputElement>('input[type="tel"]')!.focus();
    const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => chunkOf(link.href));
    expect(preloaded.some((file) => /^chunks\/linkki-after-send-[\w-]+\.min\.js$/.test(file))).to.equal(true);
    await waitUntil(() => fetchedChunks(frame).some((file) => file.includes('after-send')), 'the sending part was not fetched', { timeout: 20000 });
    // Language chunks load when a language is shown; everything else came in the first round trip.
    expect(fetchedChunks(frame).filter((file) => !preloaded.includes(file) && !/-strings-/.test(file))).to.deep.equal([]);
    frame.remove();
  });
});
