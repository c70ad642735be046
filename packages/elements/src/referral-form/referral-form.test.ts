import { validateReferral } from '@linkki/schema';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { runFormControlContract } from '../../../../test/helpers/form-control-contract.js';
import { getAllByRole, getByRole, queryAllByRole, queryByRole } from '../../../../test/helpers/queries.js';
import './define.js';
import '../swemwbs/define.js';
import { QuestionnaireHarness } from '../questionnaire/questionnaire.harness.js';
import type { LinkkiSwemwbs } from '../swemwbs/swemwbs.js';
import type { LinkkiReferralForm } from './referral-form.js';
import { confirmed, mount, ReferralFormHarness, seedValidDraft } from './referral-form.harness.js';
import { endpointFor, intakeState, newRun } from '../../../../test/helpers/intake.js';

describe('<linkki-referral-form> professional', () => {
  it('sends a valid referral to the endpoint once and confirms with the reference', async () => {
    const run = newRun();
    const { el, h } = await mount(html`<linkki-referral-form lang="en" endpoint=${endpointFor(run)}></linkki-referral-form>`);
    await h.fillProfessional();
    await h.type('What the person hopes for (optional)', 'Company every week');
    const submit = oneEvent(el, 'linkki-submit');
    const submitted = oneEvent(el, 'linkki-submitted');
    await h.press('Send referral');
    const { detail: referral } = await submit;
    expect(validateReferral(referral).ok).to.equal(true);
    expect(referral).to.include({ kind: 'professional', hopes: 'Company every week' });
    expect(referral.person).to.deep.include({ name: 'Aino Esimerkki', birthYear: 1947, municipality: '758' });
    const { detail } = await submitted;
    const { rows } = await intakeState(run);
    expect(rows).to.have.length(1);
    expect(detail.reply).to.deep.equal({ id: referral.id, reference: rows[0]!.reference, statusToken: detail.statusToken });
    expect(detail.statusToken).to.match(/^[\w-]{43}$/);
    expect(rows[0]!.body).to.deep.equal(detail.referral);
    await confirmed(el);
    expect(h.focused()?.textContent).to.equal('The referral has been received');
    expect(el.shadowRoot!.textContent).to.contain(`Reference: ${rows[0]!.reference}`);
    expect(sessionStorage.length).to.equal(0);
  });

  it('hides the referrer fields when the host supplies the referrer, and offers feedback', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en"></linkki-referral-form>`);
    el.referrer = { type: 'social-services', name: 'Testi Sosiaaliohjaaja', organisation: 'Esimerkkikunnan sosiaalitoimi', contact: { email: 'ohjaaja@example.org' } };
    await el.updateComplete;
    expect(queryByRole(el, 'combobox', { name: 'Employer or organisation' })).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Referrer: Testi Sosiaaliohjaaja, Esimerkkikunnan sosiaalitoimi');
    await h.fillPerson('Name');
    await h.check('The person has agreed to the referral');
    await h.check('I would like feedback on how the referral went');
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send referral');
    const { detail } = await submit;
    expect(detail.referrer).to.deep.equal({ ...el.referrer, wantsFeedback: true });
  });

  it('without an endpoint hands the referral to the host, which completes it', async () => {
    const { el, h } = await mount();
    await h.fillProfessional();
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send referral');
    await submit;
    expect(el.submissionState).to.equal('sending');
    el.complete('HOST-7');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Reference: HOST-7');
  });

  it('carries an embedded SWEMWBS at the start when it is complete', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" with-swemwbs></linkki-referral-form>`);
    await h.fillProfessional();
    const swemwbs = el.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs;
    await swemwbs.updateComplete;
    expect(getByRole(el, 'heading', { name: 'Wellbeing at the start (optional)' })).to.exist;
    await new QuestionnaireHarness(swemwbs).answerAll([3, 3, 4, 3, 4, 2, 4]);
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send referral');
    const { detail } = await submit;
    expect(detail.swemwbs).to.deep.include({ timepoint: 'start', score: { raw: 23, metric: 20.73 } });
    expect(validateReferral(detail).ok).to.equal(true);
  });

  it('lets the host veto sending by cancelling linkki-submit', async () => {
    const { el, h } = await mount();
    await h.fillProfessional();
    el.addEventListener('linkki-submit', (e) => e.preventDefault(), { once: true });
    await h.press('Send referral');
    expect(el.submissionState).to.equal('idle');
    expect(getByRole(el, 'button', { name: 'Send referral' })).to.exist;
  });

  it('reveals a text field for "other reason" and requires it', async () => {
    const { el, h } = await mount();
    await h.fillProfessional();
    await h.check('Other reason');
    await h.press('Send referral');
    expect(getByRole(getByRole(el, 'alert'), 'link', { name: 'Say briefly what the other reason is.' })).to.exist;
    await h.type('What other reason?', 'Wants to learn to use a tablet');
    expect(queryByRole(el, 'alert')).to.equal(null);
  });
});

describe('<linkki-referral-form> errors, the GOV.UK way', () => {
  it('shows nothing before the first submit, then a focused summary with a link per problem', async () => {
    const { el, h } = await mount();
    expect(queryByRole(el, 'alert')).to.equal(null);
    await h.type('Name', 'Aino');
    await h.press('Send referral');
    await aTimeout(0);
    expect(h.focused()?.getAttribute('part')).to.equal('error-summary');
    const links = getAllByRole(getByRole(el, 'alert'), 'link').map((a) => a.textContent);
    expect(links).to.deep.equal([
      'Enter a phone number or an email address.',
      'Enter a year of birth or an age.',
      'Choose the home municipality.',
      'Choose at least one reason.',
      'The referral can only be sent when the person has agreed to it.',
      'Choose the employer or organisation.',
    ].sort((a, b) => links.indexOf(a) - links.indexOf(b)));
    expect((getByRole(el, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('Aino');
  });

  it('a summary link moves focus to the field; inline messages are tied with aria-describedby', async () => {
    const { el, h } = await mount();
    await h.press('Send referral');
    getByRole(el, 'link', { name: 'Enter a year of birth or an age.' }).click();
    const age = getByRole(el, 'textbox', { name: 'Year of birth or age' });
    expect(h.focused()).to.equal(age);
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect(age.getAttribute('aria-describedby')).to.equal('birthYearOrAge-hint birthYearOrAge-error');
  });

  it('re-checks a field when the person leaves it after the first submit', async () => {
    const { el, h } = await mount();
    await h.press('Send referral');
    await h.type('Phone number', '040 000 0002');
    getByRole(el, 'textbox', { name: 'Phone number' }).blur();
    await el.updateComplete;
    expect(queryByRole(el, 'link', { name: 'Enter a phone number or an email address.' })).to.equal(null);
  });

  it('explains a birth year or age typed in words', async () => {
    const { el, h } = await mount();
    await h.type('Year of birth or age', 'seventy');
    await h.press('Send referral');
    expect(getByRole(el, 'link', { name: 'Enter the year of birth or age in digits, like 1948 or 77.' })).to.exist;
  });
});

describe('<linkki-referral-form> drafts', () => {
  it('restores what was typed after a reload', async () => {
    const { h } = await mount();
    await h.type('Name', 'Aino Esimerkki');
    await h.check('Change in mood');
    const again = await fixture<LinkkiReferralForm>(html`<linkki-referral-form lang="en"></linkki-referral-form>`);
    expect((getByRole(again, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('Aino Esimerkki');
    expect((getByRole(again, 'checkbox', { name: 'Change in mood' }) as HTMLInputElement).checked).to.equal(true);
    expect(again.shadowRoot!.textContent).to.contain('Unfinished details were restored from this device.');
  });

  it('draft="none" stores nothing anywhere', async () => {
    const { h } = await mount(html`<linkki-referral-form lang="en" draft="none"></linkki-referral-form>`);
    await h.type('Name', 'Aino Esimerkki');
    await h.type('Phone number', '040 000 0002');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('draft="local" keeps it in localStorage, and "Clear the form" removes it after confirming', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" draft="local"></linkki-referral-form>`);
    await h.type('Name', 'Aino Esimerkki');
    expect(localStorage.length).to.equal(1);
    await h.press('Clear the form');
    await h.press('Yes, clear it');
    expect(localStorage.length).to.equal(0);
    expect((getByRole(el, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('');
  });
});

describe('<linkki-referral-form> self-referral', () => {
  it('speaks to "you", says it is not an emergency service, and has no referrer section', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" mode="self" municipality="148" privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
    expect(getByRole(el, 'heading', { name: 'Apply for a wellbeing referral' })).to.exist;
    expect(el.shadowRoot!.textContent).to.contain('In an emergency, call 112.');
    expect(queryByRole(el, 'heading', { name: 'Who is making the referral' })).to.equal(null);
    expect((getByRole(el, 'combobox', { name: 'Your home municipality' }) as HTMLSelectElement).value).to.equal('148');
    await h.fillPerson('Your name');
    await h.check('I agree that my details are used for this application');
    const submit = oneEvent(el, 'linkki-submit');
    await h.press('Send application');
    expect((await submit).detail.kind).to.equal('self');
  });

  it('links the privacy notice before the consent, in a new tab that the link text announces', async () => {
    const { el } = await mount(html`<linkki-referral-form lang="en" mode="self" privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
    const link = getByRole(el, 'link', { name: 'Privacy notice: how the details are handled (opens in a new tab)' }) as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/tietosuoja.html', location.href).href);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    const consent = getByRole(el, 'checkbox', { name: 'I agree that my details are used for this application' });
    expect(link.compareDocumentPosition(consent) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('is not offered without a privacy notice, and says so to the page administrator', async () => {
    for (const notice of [undefined, 'javascript:alert(1)', '   ']) {
      const { el } = await mount(html`<linkki-referral-form lang="en" mode="self" privacy-notice=${notice ?? nothing}></linkki-referral-form>`);
      expect(getByRole(el, 'heading', { name: 'This form cannot be used yet' })).to.exist;
      expect(el.shadowRoot!.textContent).to.contain('privacy-notice attribute');
      expect(queryByRole(el, 'textbox')).to.equal(null);
    }
  });

  it('lets the page replace the notice through the notice slot', async () => {
    const { el } = await mount(html`<linkki-referral-form lang="en" mode="self" privacy-notice="/tietosuoja.html"><p slot="notice">Call the wellbeing line 0800 000 000.</p></linkki-referral-form>`);
    const slot = el.shadowRoot!.querySelector('slot[name="notice"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Call the wellbeing line 0800 000 000.');
  });

  it('can be completed with the keyboard alone', async () => {
    const { el, h } = await mount(html`<linkki-referral-form lang="en" mode="self" municipality="758" privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
    getByRole(el, 'textbox', { name: 'Your name' }).focus();
    await sendKeys({ type: 'Aino Esimerkki' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '040 000 0002' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '77' });
    getByRole(el, 'checkbox', { name: 'Relieving loneliness' }).focus();
    await sendKeys({ press: 'Space' });
    getByRole(el, 'checkbox', { name: 'I agree that my details are used for this application' }).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(h.focused()).to.equal(getByRole(el, 'button', { name: 'Send application' }));
    const submit = oneEvent(el, 'linkki-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submit).detail.person).to.deep.include({ name: 'Aino Esimerkki', age: 77 });
  });
});

runFormControlContract({
  render: () => html`<linkki-referral-form name="referral" lang="en" draft="none" with-swemwbs></linkki-referral-form>`,
  name: 'referral',
  fill: async (control) => {
    const form = control as unknown as LinkkiReferralForm;
    await new QuestionnaireHarness(form.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs).answerAll([3, 3, 4, 3, 4, 2, 4]);
    await new ReferralFormHarness(form).fillProfessional();
  },
  expectValue: (submitted) => {
    const referral = JSON.parse(submitted);
    expect(validateReferral(referral).ok).to.equal(true);
    expect(referral.swemwbs.score.raw).to.equal(23);
  },
  stateOf: (control) => JSON.stringify((control as unknown as { draftState(): unknown }).draftState()),
  expectCleared: async (control) => {
    const form = control as unknown as LinkkiReferralForm;
    const swemwbs = form.shadowRoot!.querySelector('linkki-swemwbs') as LinkkiSwemwbs;
    await swemwbs.updateComplete;
    expect(swemwbs.answers, 'embedded SWEMWBS answers').to.deep.equal({});
    expect(queryAllByRole(swemwbs, 'radio').some((r) => (r as HTMLInputElement).checked)).to.equal(false);
    expect((getByRole(form, 'textbox', { name: 'Name' }) as HTMLInputElement).value).to.equal('');
    expect((getByRole(form, 'checkbox', { name: 'The person has agreed to the referral' }) as HTMLInputElement).checked).to.equal(false);
  },
});

describe('<linkki-referral-form> accessibility', () => {
  for (const mode of ['professional', 'self']) {
    it(`passes axe in every locale when empty (${mode})`, async () => {
      await expectAccessibleInEveryLocale(() => html`<linkki-referral-form mode=${mode} draft="none" privacy-notice="/tietosuoja.html"></linkki-referral-form>`);
    });

    it(`passes axe in every locale with the error summary (${mode})`, async () => {
      await expectAccessibleInEveryLocale<LinkkiReferralForm>(() => html`<linkki-referral-form mode=${mode} draft="none" privacy-notice="/tietosuoja.html"></linkki-referral-form>`, {
        prepare: async (el) => {
          (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
          await el.updateComplete;
        },
      });
    });
  }

  it('passes axe in every locale when a self-referral form has no privacy notice', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-referral-form mode="self" draft="none"></linkki-referral-form>`);
  });

  it('passes axe in every locale on the confirmation', async () => {
    const template = () => {
      seedValidDraft('linkki-referral:professional');
      return html`<linkki-referral-form></linkki-referral-form>`;
    };
    await expectAccessibleInEveryLocale<LinkkiReferralForm>(template, {
      prepare: async (el) => {
        el.addEventListener('linkki-submit', () => el.complete('LNK-2026-000001'), { once: true });
        (el.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="confirmation"]')).to.exist;
      },
    });
  });
});
