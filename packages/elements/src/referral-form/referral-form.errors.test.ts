import type { ValidationIssue } from '@linkki/schema';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getAllByRole, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { QuestionnaireHarness } from '../questionnaire/questionnaire.harness.js';
import '../swemwbs/define.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import './define.js';
import { emptyValues, fieldForPath, type FormValues } from './form-model.js';
import type { LinkkiReferralForm } from './referral-form.js';
import { randomId } from '../shared/random-id.js';
import { mount } from './referral-form.harness.js';

const long = (n: number) => 'x'.repeat(n);

/** Typed values that make the schema raise each issue code a person can cause in the form. */
const SCENARIOS: [string, Partial<FormValues>, 'professional' | 'self'][] = [
  ['nothing typed', {}, 'professional'],
  ['nothing typed (self)', {}, 'self'],
  ['texts too long', { name: long(400), hopes: long(5000), referrerName: long(400), referrerOrganisation: long(400), reasons: ['other'], otherReason: long(5000) }, 'professional'],
  ['contact details malformed', { phone: 'abc', email: 'not-an-email', referrerPhone: 'x', referrerEmail: 'x@' }, 'professional'],
  ['birth year in the future', { birthYearOrAge: '2100' }, 'professional'],
  ['too young', { birthYearOrAge: String(new Date().getFullYear() - 10) }, 'self'],
  ['age out of range', { birthYearOrAge: '200' }, 'professional'],
  ['age in words', { birthYearOrAge: 'seventy' }, 'professional'],
  ['feedback without a reachable referrer', { wantsFeedback: true, referrerName: 'Testi Ohjaaja' }, 'professional'],
  ['other reason without text', { reasons: ['other'] }, 'self'],
];

async function mountWith(values: Partial<FormValues>, mode: 'professional' | 'self') {
  sessionStorage.clear();
  sessionStorage.setItem(`linkki-referral:${mode}`, JSON.stringify({ id: randomId(), values: { ...emptyValues(), ...values } }));
  return fixture<LinkkiReferralForm>(html`<linkki-referral-form lang="en" mode=${mode} privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
}

describe('<linkki-referral-form> every problem can be seen and reached', () => {
  for (const [name, values, mode] of SCENARIOS) {
    it(`${name}: each issue has a rendered, focusable target, and its link never touches the page URL`, async () => {
      const el = await mountWith(values, mode);
      const before = location.href;
      const error = oneEvent(el, 'linkki-error');
      getByRole(el, 'button', { name: /^Send/ }).click();
      const issues = (await error).detail.issues as ValidationIssue[];
      await el.updateComplete;
      expect(issues.length, 'issues').to.be.greaterThan(0);
      for (const issue of issues) {
        const id = fieldForPath(issue.path);
        expect(id, `a field for ${issue.path.join('.')} (${issue.code})`).to.be.a('string');
        expect(el.shadowRoot!.getElementById(id!), `#${id} rendered for ${issue.code}`).to.exist;
      }
      const links = getAllByRole(getByRole(el, 'alert'), 'link');
      expect(links.length).to.equal(new Set(issues.map((i) => fieldForPath(i.path))).size);
      for (const link of links) {
        link.click();
        const target = el.shadowRoot!.getElementById(link.getAttribute('href')!.slice(1))!;
        const focused = el.shadowRoot!.activeElement;
        expect(focused, `focus after "${link.textContent}"`).to.exist;
        expect(target === focused || target.contains(focused), `focus inside the target of "${link.textContent}"`).to.equal(true);
        expect((focused as HTMLInputElement).disabled ?? false).to.equal(false);
      }
      expect(location.href).to.equal(before);
    });
  }
});

describe('<linkki-referral-form> defects found in review', () => {
  it('a ticked "wants feedback" box stays visible with its message when the referrer cannot be reached', async () => {
    const { el, h } = await mount();
    await h.choose('Employer or organisation', 'Health services');
    await h.type('Your name (optional)', 'Testi Ohjaaja');
    await h.type('Your phone number (optional)', '040 000 0009');
    await h.check('I would like feedback on how the referral went');
    await h.type('Your phone number (optional)', '');
    const box = getByRole(el, 'checkbox', { name: 'I would like feedback on how the referral went' });
    await h.press('Send referral');
    const link = getByRole(getByRole(el, 'alert'), 'link', { name: 'Feedback can only be sent if a name and a contact detail are given.' });
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(location.hash).to.equal('');
  });

  it('"Clear the form" also clears the embedded SWEMWBS answers', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" with-swemwbs></linkki-referral-form>`);
    const swemwbs = el.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs;
    await new QuestionnaireHarness(swemwbs).answerAll([3, 3, 4, 3, 4, 2, 4]);
    await h.press('Clear the form');
    await h.press('Yes, clear it');
    await swemwbs.updateComplete;
    expect(swemwbs.answers).to.deep.equal({});
  });

  it('the draft keeps the embedded SWEMWBS answers across a reload', async () => {
    const { el } = await mount(html`<linkki-referral-form lang="en" with-swemwbs></linkki-referral-form>`);
    await new QuestionnaireHarness(el.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs).answerAll([3, 3, 4]);
    const again = await fixture<LinkkiReferralForm>(html`<linkki-referral-form lang="en" with-swemwbs></linkki-referral-form>`);
    const swemwbs = again.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs;
    await swemwbs.updateComplete;
    expect(Object.values(swemwbs.answers)).to.deep.equal([3, 3, 4]);
  });

  it('a partly answered SWEMWBS is not dropped silently: answer the rest or remove the answers', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" with-swemwbs></linkki-referral-form>`);
    await h.fillProfessional();
    const swemwbs = el.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs;
    await new QuestionnaireHarness(swemwbs).answerAll([3, 3, 4, 3]);
    await h.press('Send referral');
    const message = 'Answer all seven statements about wellbeing, or remove the answers to send the referral without them.';
    getByRole(getByRole(el, 'alert'), 'link', { name: message }).click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('swemwbs');
    await h.press('Remove the wellbeing answers');
    expect(queryByRole(el, 'alert')).to.equal(null);
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send referral');
    expect((await submit).detail.swemwbs).to.equal(undefined);
  });

  it('a draft whose id is damaged gets a new id instead of an error nobody can fix', async () => {
    sessionStorage.clear();
    sessionStorage.setItem('linkki-referral:professional', JSON.stringify({ id: 'not-a-uuid', values: { ...emptyValues(), name: 'Aino Esimerkki' } }));
    const el = await fixture<LinkkiReferralForm>(html`<linkki-referral-form lang="en"></linkki-referral-form>`);
    expect((getByRole(el, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('Aino Esimerkki');
    const error = oneEvent(el, 'linkki-error');
    getByRole(el, 'button', { name: 'Send referral' }).click();
    expect(((await error).detail.issues as ValidationIssue[]).some((i) => i.path[0] === 'id')).to.equal(false);
  });

  it('works outside a secure context, where crypto.randomUUID does not exist', async () => {
    const original = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true });
    try {
      const { el, h } = await mount();
      await h.fillProfessional();
      const submit = oneEvent(el, 'linkki-submit');
      await h.press('Send referral');
      expect((await submit).detail.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(Crypto.prototype, 'randomUUID', original);
    }
  });
});
