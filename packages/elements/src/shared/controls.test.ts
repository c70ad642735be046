import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { LocalizeController, registerDefaults } from '../i18n/index.js';
import { expectAccessibleInEveryLocale } from '../../../../test/helpers/a11y.js';
import { expectNoHorizontalOverflow } from '../../../../test/helpers/layout.js';
import { getByRole } from '../../../../test/helpers/queries.js';
import { countControls, expectTargetsAtLeast44 } from '../../../../test/helpers/targets.js';
import { controlStyles } from './controls.styles.js';
import { radioGroup, textInput, type ControlView } from './controls.js';
import { errorSummary } from './error-summary.js';
import { fieldGroup } from './field.js';
import { LinkkiElement } from './linkki-element.js';

// Every state of the shared checkboxes and radios, built only from the shared templates and styles.
const strings = {
  name: 'Name',
  meet: 'Where to meet',
  home: 'At home',
  out: 'Outdoors',
  needs: 'What helps',
  ramp: 'Step-free access',
  loop: 'Hearing loop',
  all: 'All of these',
  closed: 'Not available',
  nameMissing: 'Enter the name',
  meetMissing: 'Choose where to meet',
};
registerDefaults('test-controls', { fi: strings, se: strings, smn: strings, sms: strings, sv: strings, en: strings });

interface Values {
  name: string;
  meet: string;
}

class LinkkiTestControls extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, ...controlStyles];
  readonly i18n = new LocalizeController(this, 'test-controls');
  values: Values = { name: '', meet: '' };
  errors: Partial<Record<string, string>> = {};

  override render() {
    const t = (k: string) => this.i18n.t(k);
    const view: ControlView<Values> = {
      i18n: this.i18n,
      values: this.values,
      errors: this.errors,
      label: (id) => t(id),
      hint: () => undefined,
      set: (key, value) => {
        this.values = { ...this.values, [key]: value };
        this.requestUpdate();
      },
    };
    return html`${errorSummary(this.i18n, Object.entries(this.errors).map(([target, message]) => ({ target, message: message! })), () => this.shadowRoot)}
      ${textInput(view, 'name')} ${radioGroup(view, 'meet', [['home', t('home')], ['out', t('out')]])}
      ${fieldGroup(
        this.i18n,
        { id: 'needs', label: t('needs') },
        html`<label class="choice"><input type="checkbox" name="needs" value="all" .indeterminate=${true} />${t('all')}</label>
          <label class="choice"><input type="checkbox" name="needs" value="ramp" />${t('ramp')}</label>
          <label class="choice"><input type="checkbox" name="needs" value="loop" checked />${t('loop')}</label>
          <label class="choice"><input type="checkbox" name="needs" value="closed" disabled />${t('closed')}</label>`,
      )}`;
  }

  showErrors() {
    this.errors = { name: this.i18n.t('nameMissing'), meet: this.i18n.t('meetMissing') };
    this.requestUpdate();
    return this.updateComplete;
  }
}
customElements.define('linkki-test-controls', LinkkiTestControls);

const mount = () => fixture<LinkkiTestControls>(html`<linkki-test-controls lang="en"></linkki-test-controls>`);
const px = (value: string) => parseFloat(value);
const box = (input: Element) => getComputedStyle(input, '::before');
const mark = (input: Element) => getComputedStyle(input, '::after');
const errorRed = 'rgb(176, 0, 32)';

describe('shared checkboxes and radios', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keep real inputs with their roles and names, in a 44 × 44 px target with a 40 px box', async () => {
    const el = await mount();
    for (const input of [getByRole(el, 'radio', { name: 'At home' }), getByRole(el, 'checkbox', { name: 'Step-free access' })]) {
      expect(input).to.be.instanceOf(HTMLInputElement);
      const rect = input.getBoundingClientRect();
      expect([rect.width, rect.height]).to.deep.equal([44, 44]);
      expect([px(box(input).width), px(box(input).height)]).to.deep.equal([40, 40]);
    }
    expect(box(getByRole(el, 'radio', { name: 'At home' })).borderTopLeftRadius).to.equal('50%');
    expect(countControls(el)).to.equal(7);
    expectTargetsAtLeast44(el);
  });

  it('toggle from a click on the label text, and show checked and indeterminate with a mark', async () => {
    const el = await mount();
    const ramp = getByRole(el, 'checkbox', { name: 'Step-free access' }) as HTMLInputElement;
    expect(mark(ramp).content).to.equal('none');
    ramp.closest('label')!.click();
    expect(ramp.checked).to.equal(true);
    expect(mark(ramp).content).to.equal('""');
    expect(px(mark(ramp).borderLeftWidth)).to.equal(5);
    const all = getByRole(el, 'checkbox', { name: 'All of these' }) as HTMLInputElement;
    expect(all.indeterminate).to.equal(true);
    expect([px(mark(all).borderTopWidth), px(mark(all).borderLeftWidth)]).to.deep.equal([5, 0]);
    const home = getByRole(el, 'radio', { name: 'At home' }) as HTMLInputElement;
    home.closest('label')!.click();
    await el.updateComplete;
    expect(home.checked).to.equal(true);
    expect(px(mark(home).borderTopWidth)).to.equal(10);
  });

  it('are reached and changed by keyboard, with a visible focus ring and a thicker box', async () => {
    const el = await mount();
    getByRole(el, 'textbox', { name: 'Name' }).focus();
    await sendKeys({ press: 'Tab' });
    const home = getByRole(el, 'radio', { name: 'At home' }) as HTMLInputElement;
    expect(el.shadowRoot!.activeElement).to.equal(home);
    expect(getComputedStyle(home).outlineStyle).to.equal('solid');
    expect(px(getComputedStyle(home).outlineWidth)).to.equal(3);
    expect(px(box(home).borderTopWidth)).to.equal(4);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((getByRole(el, 'radio', { name: 'Outdoors' }) as HTMLInputElement).checked).to.equal(true);
  });

  it('show disabled choices muted and out of reach', async () => {
    const el = await mount();
    const closed = getByRole(el, 'checkbox', { name: 'Not available' }) as HTMLInputElement;
    expect(closed.disabled).to.equal(true);
    expect(getComputedStyle(closed).cursor).to.equal('not-allowed');
    expect(box(closed).opacity).to.equal('0.5');
    closed.closest('label')!.click();
    expect(closed.checked).to.equal(false);
  });

  it('show errors only when told, on the control itself: red and thicker (GOV.UK)', async () => {
    const el = await mount();
    const name = getByRole(el, 'textbox', { name: 'Name' });
    const home = getByRole(el, 'radio', { name: 'At home' });
    expect(px(getComputedStyle(name).borderTopWidth)).to.equal(2);
    expect(getComputedStyle(name).borderTopColor).not.to.equal(errorRed);
    expect(px(box(home).borderTopWidth)).to.equal(2);
    const before = name.getBoundingClientRect();
    await el.showErrors();
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(name).borderTopColor).to.equal(errorRed);
    expect(px(getComputedStyle(name).borderTopWidth)).to.equal(4);
    // The thicker border takes from the padding: the box keeps its size.
    expect(name.getBoundingClientRect().height).to.equal(before.height);
    expect(box(home).borderTopColor).to.equal(errorRed);
    expect(px(box(home).borderTopWidth)).to.equal(3);
    const group = getByRole(el, 'group', { name: 'Where to meet' }).parentElement!;
    expect(px(getComputedStyle(group).borderInlineStartWidth)).to.equal(5);
    expect(getComputedStyle(group).borderInlineStartColor).to.equal(errorRed);
  });

  it('draw the box, tick and dot in system colours in forced colours, and the focus as a Highlight outline', async () => {
    // Chromium's forced colours, switched on through the DevTools protocol (test/server/forced-colors.mjs).
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount();
      const sample = document.createElement('span');
      sample.style.forcedColorAdjust = 'none';
      document.body.append(sample);
      const system = (name: string) => {
        sample.style.color = name;
        return getComputedStyle(sample).color;
      };
      const loop = getByRole(el, 'checkbox', { name: 'Hearing loop' });
      const ramp = getByRole(el, 'checkbox', { name: 'Step-free access' });
      expect(box(ramp).forcedColorAdjust).to.equal('none');
      expect(box(ramp).borderTopColor).to.equal(system('CanvasText'));
      expect(box(ramp).backgroundColor).to.equal(system('Canvas'));
      expect(box(loop).borderTopColor).to.equal(system('Highlight'));
      expect(mark(loop).borderLeftColor).to.equal(system('Highlight'));
      // Checked and unchecked look different whatever the person's colours are.
      expect(system('Highlight')).not.to.equal(system('CanvasText'));
      const closed = getByRole(el, 'checkbox', { name: 'Not available' });
      expect(box(closed).borderTopColor).to.equal(system('GrayText'));
      getByRole(el, 'textbox', { name: 'Name' }).focus();
      await sendKeys({ press: 'Tab' });
      const home = getByRole(el, 'radio', { name: 'At home' });
      expect(getComputedStyle(home).outlineStyle).to.equal('solid');
      expect(getComputedStyle(home).outlineColor).to.equal(system('Highlight'));
      sample.remove();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('a long Northern Sami word wraps inside the error summary at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    // The longest words of the Sami referral texts, one after the other as a message.
    const message = 'Dearvvašvuođaguovddážii diehtosuodjaluščilgehusa šleađgapoastaadreassa.';
    registerDefaults('test-controls-long', { fi: { message }, se: { message }, smn: { message }, sms: { message }, sv: { message }, en: { message } });
    class LongSummary extends LinkkiElement {
      static override styles = [...LinkkiElement.styles, ...controlStyles];
      readonly i18n = new LocalizeController(this, 'test-controls-long');
      override render() {
        return errorSummary(this.i18n, [{ target: 'x', message: this.i18n.t('message') }, { message: this.i18n.t('message') }], () => this.shadowRoot);
      }
    }
    customElements.define('linkki-test-long-summary', LongSummary);
    const el = await fixture<LongSummary>(html`<linkki-test-long-summary lang="se"></linkki-test-long-summary>`);
    await nextFrame();
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(getByRole(el, 'heading', { name: 'Divo dáid 2 čuoggá' })).to.exist;
    expect(summary.scrollWidth).to.be.at.most(summary.clientWidth);
    expectNoHorizontalOverflow(el);
  });

  it('pass axe in every locale, with and without errors', async () => {
    await expectAccessibleInEveryLocale(() => html`<linkki-test-controls></linkki-test-controls>`);
    await expectAccessibleInEveryLocale<LinkkiTestControls>(() => html`<linkki-test-controls></linkki-test-controls>`, { prepare: async (el) => void (await el.showErrors()) });
  });
});
