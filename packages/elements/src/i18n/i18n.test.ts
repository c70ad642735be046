import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as enLabels from '@linkki/schema/labels/en';
import * as fiLabels from '@linkki/schema/labels/fi';
import * as seLabels from '@linkki/schema/labels/se';
import * as smnLabels from '@linkki/schema/labels/smn';
import * as smsLabels from '@linkki/schema/labels/sms';
import * as svLabels from '@linkki/schema/labels/sv';
import { compareText, formatDate, intlLocale, languageReady, LocalizeController, registerCodeLabels, registerDefaults, registerStrings, resolveLanguage } from './index.js';
import { i18n } from './i18n.js';
import '../shared/linkki-element.js';

registerDefaults('probe', {
  fi: { hello: 'Hei', people_one: '{{count}} henkilö', people_other: '{{count}} henkilöä' },
  se: { hello: 'Bures', people_one: '{{count}} olmmoš', people_two: '{{count}} olbmo', people_other: '{{count}} olbmo' },
  smn: { hello: 'Tiervâ', people_one: '{{count}}', people_other: '{{count}}' },
  sms: { hello: 'Tiõrv', people_one: '{{count}}', people_other: '{{count}}' },
  sv: { hello: 'Hej', people_one: '{{count}} person', people_other: '{{count}} personer' },
  en: { hello: 'Hello', people_one: '{{count}} person', people_other: '{{count}} people' },
});

class LinkkiProbe extends LitElement {
  readonly i18n = new LocalizeController(this, 'probe');
  override render() {
    return html`<p>${this.i18n.t('hello')}</p>`;
  }
}
customElements.define('linkki-probe', LinkkiProbe);

class LinkkiProbeWrapper extends LitElement {
  override render() {
    return html`<section lang="sv"><linkki-probe></linkki-probe></section>`;
  }
}
customElements.define('linkki-probe-wrapper', LinkkiProbeWrapper);

const textOf = (el: Element) => el.shadowRoot!.textContent!.trim();
const settle = async (el: LitElement) => {
  await nextFrame();
  await el.updateComplete;
};

describe('resolveLanguage', () => {
  const cases: [string | null, string][] = [
    ['fi', 'fi'],
    ['fi-FI', 'fi'],
    ['se-FI', 'se'],
    ['se', 'se'],
    ['sme', 'se'],
    ['SMN', 'smn'],
    ['sms-FI', 'sms'],
    ['sv_FI', 'sv'],
    ['sv-SE', 'sv'],
    ['en-GB', 'en'],
    ['de', 'fi'],
    ['nb-NO', 'fi'],
    ['', 'fi'],
    [null, 'fi'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(resolveLanguage(tag)).to.equal(expected));
  }
});

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element’s own lang first', async () => {
    const el = await fixture<LinkkiProbe>(html`<div lang="sv"><linkki-probe lang="se"></linkki-probe></div>`);
    const probe = el.querySelector('linkki-probe')!;
    expect(textOf(probe)).to.equal('Bures');
  });

  it('uses the nearest ancestor’s lang', async () => {
    const el = await fixture(html`<div lang="smn"><div lang=""><linkki-probe></linkki-probe></div></div>`);
    expect(textOf(el.querySelector('linkki-probe')!)).to.equal('Tiervâ');
  });

  it('finds the lang across a shadow root', async () => {
    const wrapper = await fixture<LinkkiProbeWrapper>(html`<linkki-probe-wrapper lang="fi"></linkki-probe-wrapper>`);
    const probe = wrapper.shadowRoot!.querySelector('linkki-probe')!;
    await (probe as LinkkiProbe).updateComplete;
    expect(textOf(probe)).to.equal('Hej');
  });

  it('falls back to <html lang>, and to Finnish for an unsupported one', async () => {
    document.documentElement.setAttribute('lang', 'en-GB');
    const probe = await fixture<LinkkiProbe>(html`<linkki-probe></linkki-probe>`);
    expect(textOf(probe)).to.equal('Hello');
    document.documentElement.setAttribute('lang', 'de');
    await settle(probe);
    expect(textOf(probe)).to.equal('Hei');
  });

  it('re-renders live when lang changes anywhere above', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"><div><linkki-probe></linkki-probe></div></div>`);
    const probe = outer.querySelector<LinkkiProbe>('linkki-probe')!;
    expect(textOf(probe)).to.equal('Hei');
    outer.setAttribute('lang', 'sms');
    await settle(probe);
    expect(textOf(probe)).to.equal('Tiõrv');
    outer.firstElementChild!.setAttribute('lang', 'en');
    await settle(probe);
    expect(textOf(probe)).to.equal('Hello');
  });

  it('picks plural forms by language', async () => {
    const probe = await fixture<LinkkiProbe>(html`<linkki-probe lang="se"></linkki-probe>`);
    expect(probe.i18n.t('people', { count: 1 })).to.equal('1 olmmoš');
    expect(probe.i18n.t('people', { count: 2 })).to.equal('2 olbmo');
    probe.lang = 'fi';
    await settle(probe);
    expect(probe.i18n.t('people', { count: 3 })).to.equal('3 henkilöä');
  });

  it('labels codes from @linkki/schema in each language', async () => {
    registerCodeLabels(['referralReason'], { fi: fiLabels, se: seLabels, smn: smnLabels, sms: smsLabels, sv: svLabels, en: enLabels });
    const probe = await fixture<LinkkiProbe>(html`<linkki-probe lang="sv"></linkki-probe>`);
    expect(probe.i18n.code('referralReason', 'loneliness')).to.equal('Lindra ensamhet');
  });
});

describe('registerStrings', () => {
  it('overrides a built-in string and re-renders every element', async () => {
    const probe = await fixture<LinkkiProbe>(html`<linkki-probe lang="fi"></linkki-probe>`);
    registerStrings('fi', { probe: { hello: 'Terve' } });
    await settle(probe);
    expect(textOf(probe)).to.equal('Terve');
  });

  it('keeps an override when the element registers its defaults later', async () => {
    registerStrings('en', { late: { greeting: 'Howdy' } });
    registerDefaults('late', { fi: { greeting: 'Moi' }, se: { greeting: 'Bures' }, smn: { greeting: 'Tiervâ' }, sms: { greeting: 'Tiõrv' }, sv: { greeting: 'Hej' }, en: { greeting: 'Hi' } });
    expect(i18n.t('late:greeting', { lng: 'en' })).to.equal('Howdy');
    expect(i18n.t('late:greeting', { lng: 'sv' })).to.equal('Hej');
  });

  it('falls back to Finnish for a key missing in a language', async () => {
    registerStrings('fi', { fallback: { only: 'Vain suomeksi' } });
    expect(i18n.t('fallback:only', { lng: 'smn' })).to.equal('Vain suomeksi');
  });
});

describe('formatting', () => {
  it('formats dates with the browser’s Intl data, and Sami dates never with Finnish names', async () => {
    const date = new Date(2026, 10, 24);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(intlLocale(lang)).to.equal(lang);
      expect(formatDate(lang, date)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date));
    }
    // Chromium has no Sami data: numbers use Finnish conventions, dates the Sami tables (sami-dates.test.ts).
    for (const lang of ['se', 'smn', 'sms'] as const) {
      expect(intlLocale(lang)).to.equal('fi');
      await languageReady(lang);
      expect(formatDate(lang, date)).not.to.match(/marraskuuta/);
    }
  });

  it('treats an ISO date as a local day', () => {
    expect(formatDate('fi', '2026-03-01', { day: 'numeric', month: 'numeric' })).to.equal('1.3.');
  });

  it('sorts Sami letters in their alphabetical places', () => {
    const sorted = ['Dálvi', 'Čuođi', 'Cuoŋo', 'Áhkku', 'Beaivi'].sort(compareText('se'));
    expect(sorted).to.deep.equal(['Áhkku', 'Beaivi', 'Cuoŋo', 'Čuođi', 'Dálvi']);
  });
});
