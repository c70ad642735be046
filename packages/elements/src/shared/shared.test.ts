import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type ValidationIssue } from '@linkki/schema';
import { LocalizeController, registerDefaults } from '../i18n/index.js';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { getAllByText, getByRole, queryByRole } from '../../../../test/helpers/queries.js';
import { errorSummary, focusErrorSummary } from './error-summary.js';
import { field, fieldGroup } from './field.js';
import { issueMessage } from './issue-message.js';
import { LinkkiElement } from './linkki-element.js';
import { LiveAnnouncer } from './live-announcer.js';
import { controlStyles } from './controls.styles.js';

// A form built only from the shared pieces, as a component would use them.
const strings = {
  name: 'Name',
  phone: 'Phone',
  phoneHint: 'For example 040 123 4567',
  meet: 'Where to meet',
  home: 'At home',
  out: 'Outdoors',
  save: 'Save',
  saved: 'Saved',
  errors: { name: { required: 'Enter the name' } },
};
registerDefaults('test-form', { fi: strings, se: strings, smn: strings, sms: strings, sv: strings, en: strings });

class LinkkiTestForm extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, ...controlStyles];
  readonly i18n = new LocalizeController(this, 'test-form');
  readonly live = new LiveAnnouncer(this);
  issues: ValidationIssue[] = [];

  private message(path: string) {
    const issue = this.issues.find((i) => i.path.join('.') === path);
    return issue && issueMessage(this.i18n, issue, path);
  }

  private submit(event: Event) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.issues = [];
    if (!String(data.get('name') ?? '').trim()) this.issues.push({ path: ['name'], code: 'required' });
    if (!/^[0-9 ]{5,}$/.test(String(data.get('phone') ?? ''))) this.issues.push({ path: ['phone'], code: 'invalidPhone' });
    if (!data.get('meet')) this.issues.push({ path: ['meet'], code: 'invalidOption' });
    this.requestUpdate();
    if (this.issues.length) void this.updateComplete.then(() => focusErrorSummary(this.shadowRoot));
    else {
      this.live.announce(this.i18n.t('saved'));
      // A test element's own event: not one of Linkki's, so not through the typed emit().
      this.dispatchEvent(new CustomEvent('linkki-saved', { detail: Object.fromEntries(data), bubbles: true, composed: true }));
    }
  }

  override render() {
    const t = (k: string) => this.i18n.t(k);
    const errors = this.issues.map((i) => ({ target: String(i.path[0]), message: this.message(i.path.join('.'))! }));
    return html`<form novalidate @submit=${this.submit}>
      ${errorSummary(this.i18n, errors, () => this.shadowRoot)}
      ${field(this.i18n, { id: 'name', label: t('name'), error: this.message('name') }, (s) =>
        html`<input id="name" name="name" type="text" aria-describedby=${s.describedBy ?? ''} aria-invalid=${s.invalid ? 'true' : 'false'} />`,
      )}
      ${field(this.i18n, { id: 'phone', label: t('phone'), hint: t('phoneHint'), error: this.message('phone'), optional: false }, (s) =>
        html`<input id="phone" name="phone" type="tel" aria-describedby=${s.describedBy ?? ''} aria-invalid=${s.invalid ? 'true' : 'false'} />`,
      )}
      ${fieldGroup(
        this.i18n,
        { id: 'meet', label: t('meet'), error: this.message('meet'), optional: true },
        html`<label class="choice"><input type="radio" name="meet" value="home" />${t('home')}</label>
          <label class="choice"><input type="radio" name="meet" value="out" />${t('out')}</label>`,
      )}
      <button type="submit">${t('save')}</button>
      ${this.live.render()}
    </form>`;
  }
}
customElements.define('linkki-test-form', LinkkiTestForm);

async function submitEmpty(form: LinkkiTestForm) {
  getByRole(form, 'button', { name: 'Save' }).click();
  await form.updateComplete;
  await nextFrame();
}

describe('shared form pieces', () => {
  it('shows no errors before the first submit', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="en"></linkki-test-form>`);
    expect(queryByRole(form, 'alert')).to.equal(null);
    expect(getByRole(form, 'textbox', { name: 'Name' }).getAttribute('aria-invalid')).to.equal('false');
  });

  it('on a failed submit focuses a summary that links to each problem', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="en"></linkki-test-form>`);
    await submitEmpty(form);
    const alert = getByRole(form, 'alert');
    expect(getByRole(alert, 'heading', { name: 'Fix these 3 problems' })).to.exist;
    expect(form.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    const links = ['Enter the name', 'Enter a phone number in digits, like 040 123 4567.', 'Choose one of the options.'];
    for (const name of links) expect(getByRole(alert, 'link', { name })).to.exist;
  });

  it('ties inline messages to the control with aria-describedby, after the hint', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="en"></linkki-test-form>`);
    await submitEmpty(form);
    const phone = getByRole(form, 'textbox', { name: 'Phone' });
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
    expect(form.shadowRoot!.getElementById('phone-error')!.textContent).to.contain('Error:');
    const group = getByRole(form, 'group', { name: 'Where to meet (optional)' });
    expect(group.getAttribute('aria-describedby')).to.equal('meet-error');
  });

  it('a summary link moves focus to its field', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="en"></linkki-test-form>`);
    await submitEmpty(form);
    getByRole(form, 'link', { name: 'Choose one of the options.' }).click();
    expect(form.shadowRoot!.activeElement).to.equal(getByRole(form, 'radio', { name: 'At home' }));
  });

  it('keeps what was typed when errors show, and can be completed by keyboard alone', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="en"></linkki-test-form>`);
    const name = getByRole(form, 'textbox', { name: 'Name' }) as HTMLInputElement;
    name.focus();
    await sendKeys({ type: 'Aino' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(name.value).to.equal('Aino');
    getByRole(form, 'link', { name: /phone number/ }).focus();
    await sendKeys({ press: 'Enter' });
    expect(form.shadowRoot!.activeElement).to.equal(getByRole(form, 'textbox', { name: 'Phone' }));
    await sendKeys({ type: '040 123 4567' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const saved = oneEvent(form, 'linkki-saved');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail).to.deep.equal({ name: 'Aino', phone: '040 123 4567', meet: 'home' });
    await new Promise((r) => setTimeout(r, 150));
    await form.updateComplete;
    expect(getByRole(form, 'status').textContent).to.equal('Saved');
  });

  it('localises the error prefix and summary heading', async () => {
    const form = await fixture<LinkkiTestForm>(html`<linkki-test-form lang="fi"></linkki-test-form>`);
    await submitEmpty(form);
    expect(getByRole(form, 'heading', { name: 'Korjaa nämä 3 kohtaa' })).to.exist;
    expect(getAllByText(form, 'Virhe:')).to.have.length(3);
  });

  it('passes axe in every locale, before and after a failed submit', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-test-form></linkki-test-form>`);
    await expectAccessibleInEveryLocale<LinkkiTestForm>(() => html`<linkki-test-form></linkki-test-form>`, {
      prepare: submitEmpty,
    });
  });
});
