import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built all-in-one bundle (`npm run build`) in a page under a strict CSP: when it first sees an
 * element it asks for all of that element's chunks at once, as `<link rel=modulepreload>` links, and
 * the element then upgrades from them.
 */
async function strictPage(body: string) {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fi"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
    <script type="module" src="/packages/elements/dist/linkki.min.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await waitUntil(() => frame.contentWindow?.customElements.get('linkki-case-list'), 'linkki.min.js did not load', { timeout: 20000 });
  return frame;
}

const chunkOf = (url: string) => new URL(url).pathname.replace('/packages/elements/dist/', '');

describe('linkki.min.js', () => {
  it("preloads all of an element's chunks when it first sees the element, and the element upgrades", async () => {
    const frame = await strictPage('<linkki-case-list now="2026-11-24"></linkki-case-list>');
    const doc = frame.contentDocument!;
    const list = doc.querySelector('linkki-case-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('h1, h2, h3'), 'the case list did not render', { timeout: 20000 });

    const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => chunkOf(link.href));
    expect(preloaded.length).to.be.greaterThan(1);
    expect(preloaded.every((file) => /^chunks\/linkki-[\w.-]+\.min\.js$/.test(file))).to.equal(true);
    // Every chunk the page fetched for the element was asked for up front: none was found only by
    // reading another chunk's imports (which would cost one more round trip each).
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.includes('/dist/chunks/')).map(chunkOf);
    expect(fetched.filter((file) => !preloaded.includes(file))).to.deep.equal([]);
    // Only the case list's chunks: nothing for elements the page does not have.
    expect(doc.querySelectorAll('link[rel="modulepreload"]').length).to.equal(new Set(preloaded).size);
    frame.remove();
  });

  it('preloads nothing twice when a second element of the same kind and another kind arrive', async () => {
    const frame = await strictPage('<linkki-case-list now="2026-11-24"></linkki-case-list>');
    const doc = frame.contentDocument!;
    const before = doc.querySelectorAll('link[rel="modulepreload"]').length;
    const second = doc.createElement('linkki-case-list');
    doc.body.append(second);
    await waitUntil(() => second.shadowRoot, 'the second case list did not upgrade', { timeout: 20000 });
    expect(doc.querySelectorAll('link[rel="modulepreload"]').length).to.equal(before);

    doc.body.append(doc.createElement('linkki-referral-status'));
    await waitUntil(() => frame.contentWindow!.customElements.get('linkki-referral-status'), 'the status element did not load', { timeout: 20000 });
    const hrefs = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
    expect(hrefs.length).to.be.greaterThan(before);
    expect(new Set(hrefs).size).to.equal(hrefs.length);
    frame.remove();
  });
});
