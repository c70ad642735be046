import type { Referral } from '@linkki/schema';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { endpointFor, intakeBaseFor, intakeState, newRun } from '../../../../test/helpers/intake.js';
import { getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import './define.js';
import type { LinkkiReferralForm } from './referral-form.js';
import { confirmed, mount, ReferralFormHarness, seedValidDraft } from './referral-form.harness.js';

/**
 * The referrer's status link on the confirmation, against the real @linkki/intake: its 201 carries
 * a `statusToken`, and a replay (the first reply lost) a new one that revokes the first.
 */
type Submitted = { referral: Referral; reply: { reference: string; statusToken?: string }; statusToken?: string };

const httpStatusOf = async (run: string, token: string) => (await fetch(`${intakeBaseFor(run)}/status/${token}`)).status;

/** Everything this page keeps in Web Storage, as one string. */
const storedText = () => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n');

async function send(el: LinkkiReferralForm, h: ReferralFormHarness) {
  await h.fillProfessional();
  const submitted = oneEvent(el, 'linkki-submitted');
  await h.press('Send referral');
  const { detail } = (await submitted) as CustomEvent<Submitted>;
  await confirmed(el);
  // The link's view loads when there is a link to show.
  if (el.statusPage) await waitUntil(() => queryByRole(el, 'textbox', { name: 'Link to the stage of the referral' }), 'no status link');
  return detail;
}

const linkField = (el: LinkkiReferralForm) => getByRole(el, 'textbox', { name: 'Link to the stage of the referral' }) as HTMLTextAreaElement;

describe('<linkki-referral-form status-page> (real intake)', () => {
  afterEach(() => {
    // The tests below replace the clipboard; the browser's own comes back.
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it('shows the status link once, with the token in the fragment, and keeps it nowhere', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" draft="local" endpoint=${endpointFor(run)} status-page="/tila.html"></linkki-referral-form>`);
    const detail = await send(el, h);
    expect(detail.statusToken).to.match(/^[\w-]{43}$/);
    expect(detail.reply.statusToken).to.equal(detail.statusToken);
    const url = new URL(`/tila.html#${detail.statusToken}`, document.baseURI).href;
    expect(linkField(el).value).to.equal(url);
    expect(linkField(el).readOnly).to.equal(true);
    expect(getByRole(el, 'link', { name: 'Open the link (opens in a new tab)' }).getAttribute('href')).to.equal(url);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Follow the stage of the referral with this link. Save the link — it is shown only now.');
    expect(text).to.contain('Anyone who has this link can see the stage of the referral and the feedback.');
    expect(await httpStatusOf(run, detail.statusToken!)).to.equal(200);
    expect(storedText()).not.to.contain(detail.statusToken);
    expect(storedText()).to.equal('');

    await h.press('Make a new referral');
    expect(queryByRole(el, 'textbox', { name: 'Link to the stage of the referral' })).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain(detail.statusToken);
  });

  it('puts the token where the page says: {token} in the status-page URL', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run)} status-page="https://kunta.example/hyvinvointilahete/tila/{token}?kieli=fi"></linkki-referral-form>`);
    const { statusToken } = await send(el, h);
    expect(linkField(el).value).to.equal(`https://kunta.example/hyvinvointilahete/tila/${statusToken}?kieli=fi`);
  });

  it('the reply was lost after the intake stored it: the replay\'s new token is shown, the first one is 404', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" retry-delay="30" timeout="5000" endpoint=${endpointFor(run, ['cut'])} status-page="/tila.html"></linkki-referral-form>`);
    const detail = await send(el, h);
    const { rows, statusTokens } = await intakeState(run);
    expect(rows, 'rows stored').to.have.length(1);
    expect(statusTokens, 'tokens the intake gave').to.have.length(2);
    const [lost, replayed] = statusTokens as [string, string];
    expect(detail.statusToken).to.equal(replayed);
    expect(linkField(el).value).to.contain(`#${replayed}`);
    expect(el.shadowRoot!.innerHTML).not.to.contain(lost);
    expect(await httpStatusOf(run, lost)).to.equal(404);
    expect(await httpStatusOf(run, replayed)).to.equal(200);
  });

  it('without status-page nothing changes on the page, and the host still gets the token', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run)}></linkki-referral-form>`);
    const detail = await send(el, h);
    expect(detail.statusToken).to.match(/^[\w-]{43}$/);
    expect(queryByRole(el, 'textbox', { name: 'Link to the stage of the referral' })).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain(detail.statusToken);
  });

  it('when the host sends the referral itself, nothing changes', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" status-page="/tila.html"></linkki-referral-form>`);
    await h.fillProfessional();
    el.addEventListener('linkki-submit', () => el.complete('HOST-7'), { once: true });
    const submitted = oneEvent(el, 'linkki-submitted');
    await h.press('Send referral');
    const { detail } = (await submitted) as CustomEvent<Submitted>;
    await confirmed(el);
    expect(detail).not.to.have.property('statusToken');
    expect(queryByRole(el, 'textbox', { name: 'Link to the stage of the referral' })).to.equal(null);
  });

  it('"Copy the link" puts the address in the clipboard and says so', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run)} status-page="/tila.html"></linkki-referral-form>`);
    await send(el, h);
    await h.press('Copy the link');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('The link has been copied. Paste it into an email or your notes, for example.'), 'no message');
    expect(copied).to.deep.equal([linkField(el).value]);
  });

  it('where the clipboard is not allowed, "Copy the link" selects the address for the person to copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')) } });
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run)} status-page="/tila.html"></linkki-referral-form>`);
    await send(el, h);
    await h.press('Copy the link');
    const field = linkField(el);
    await waitUntil(() => el.shadowRoot!.activeElement === field, 'the address is not focused');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('The link could not be copied. It is now selected: copy it with the Ctrl and C keys, or write it down.');
  });

  it('passes axe in every locale on the confirmation with the status link', async () => {
    const run = newRun();
    const template = () => {
      sessionStorage.clear();
      seedValidDraft('linkki-referral:professional');
      return html`<linkki-referral-form endpoint=${endpointFor(run)} status-page="/tila.html"></linkki-referral-form>`;
    };
    await expectAccessibleInEveryLocale<LinkkiReferralForm>(template, {
      prepare: async (el) => {
        (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part="status-link"]'), 'no status link', { timeout: 20000 });
      },
    });
  });
});
