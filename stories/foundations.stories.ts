import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { LANGUAGE_LABELS, LANGUAGES } from '@linkki/schema';
import { LinkkiElement, LocalizeController, tokens } from '../packages/elements/src/index.js';
import { controlStyles } from '../packages/elements/src/shared/controls.styles.js';
import { errorSummary } from '../packages/elements/src/shared/error-summary.js';
import { field, fieldGroup } from '../packages/elements/src/shared/field.js';
import status from '../packages/schema/src/codes/translation-status.json';

/** Design tokens and language status: what every Linkki element is built on. */
const meta: Meta = { title: 'Foundations' };
export default meta;

const publicTokens = [...tokens.cssText.matchAll(/(--_[\w-]+):\s*var\((--linkki-[\w-]+),\s*([^;]+)\);/g)].map(([, , name, value]) => ({
  name: name!,
  value: value!.replace(/\)$/, ''),
}));

export const DesignTokens: StoryObj = {
  render: () => html`<table>
    <caption>
      Public CSS custom properties and their defaults
    </caption>
    <thead>
      <tr><th scope="col">Property</th><th scope="col">Default</th><th scope="col">Sample</th></tr>
    </thead>
    <tbody>
      ${publicTokens.map(
        ({ name, value }) => html`<tr>
          <td><code>${name}</code></td>
          <td><code>${value}</code></td>
          <td>${value.startsWith('#') ? html`<span style="display:inline-block;width:2rem;height:1.5rem;border:1px solid #000;background:${value}"></span>` : ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

export const Languages: StoryObj = {
  render: () => html`<table>
    <caption>
      UI languages, their names in each other, and the translation status
    </caption>
    <thead>
      <tr>
        <th scope="col">Code</th>
        ${LANGUAGES.map((lang) => html`<th scope="col">${LANGUAGE_LABELS[lang][lang]}</th>`)}
        <th scope="col">Reviewed by a native speaker</th>
      </tr>
    </thead>
    <tbody>
      ${LANGUAGES.map(
        (row) => html`<tr>
          <th scope="row"><code>${row}</code></th>
          ${LANGUAGES.map((col) => html`<td lang=${col}>${LANGUAGE_LABELS[col][row]}</td>`)}
          <td>${(status as Record<string, { reviewed: boolean }>)[row]?.reviewed ? '✓' : '—'}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

/**
 * The shared form controls in every state, as each element draws them (`controlStyles` from
 * `shared/controls.styles.ts`): 40 px checkboxes and radios in 44 px targets, GOV.UK error borders,
 * and the error summary with a long Northern Sami word. Sample texts in Finnish and Northern Sami.
 */
class LinkkiControlsSample extends LinkkiElement {
  static override styles = [...LinkkiElement.styles, ...controlStyles];
  readonly i18n = new LocalizeController(this, 'common');

  override render() {
    return html`${errorSummary(
        this.i18n,
        [
          { target: 'sample-name', message: 'Čále olbmo nama.' },
          { target: 'sample-contact', message: 'Atte telefonnummara dahje šleađgapoastaadreassa.' },
          { message: 'Dearvvašvuođaguovddážii diehtosuodjaluščilgehusa.' },
        ],
        () => this.shadowRoot,
      )}
      ${field(this.i18n, { id: 'sample-ok', label: 'Nimi', hint: 'Etu- ja sukunimi' }, (s) =>
        html`<input id="sample-ok" type="text" aria-describedby=${s.describedBy ?? nothing} aria-invalid="false" />`,
      )}
      ${field(this.i18n, { id: 'sample-name', label: 'Namma', error: 'Čále olbmo nama.' }, (s) =>
        html`<input id="sample-name" type="text" aria-describedby=${s.describedBy ?? nothing} aria-invalid=${s.invalid ? 'true' : 'false'} />`,
      )}
      ${field(this.i18n, { id: 'sample-contact', label: 'Kunta', error: 'Valitse kunta.' }, (s) =>
        html`<select id="sample-contact" aria-describedby=${s.describedBy ?? nothing} aria-invalid=${s.invalid ? 'true' : 'false'}>
          <option>Valitse kunta</option>
          <option>Sodankylä</option>
        </select>`,
      )}
      ${fieldGroup(
        this.i18n,
        { id: 'sample-checks', label: 'Valintaruudut', hint: 'Tyhjä, valittu, osittain, ei käytettävissä' },
        html`<label class="choice"><input type="checkbox" />Yksinäisyyden lievittäminen</label>
          <label class="choice"><input type="checkbox" checked />Liikkumisen lisääminen</label>
          <label class="choice"><input type="checkbox" .indeterminate=${true} />Kaikki kolme</label>
          <label class="choice"><input type="checkbox" disabled />Ei käytettävissä</label>
          <label class="choice"><input type="checkbox" checked disabled />Valittu, ei muutettavissa</label>`,
      )}
      ${fieldGroup(
        this.i18n,
        { id: 'sample-radios', label: 'Valintanapit, virhe', error: 'Valitse yksi vaihtoehdoista.' },
        html`<label class="choice"><input type="radio" name="sample-radios" />Kotona</label>
          <label class="choice"><input type="radio" name="sample-radios" />Ulkona</label>`,
      )}
      ${fieldGroup(
        this.i18n,
        { id: 'sample-radios-ok', label: 'Valintanapit' },
        html`<label class="choice"><input type="radio" name="sample-radios-ok" checked />Kyllä</label>
          <label class="choice"><input type="radio" name="sample-radios-ok" />Ei</label>`,
      )}
      <button type="button">Lähetä</button> <button type="button" class="secondary">Tyhjennä</button>`;
  }
}
if (!customElements.get('linkki-controls-sample')) customElements.define('linkki-controls-sample', LinkkiControlsSample);

export const FormControls: StoryObj<{ lang: string }> = {
  name: 'Form controls (every state)',
  args: { lang: 'fi' },
  argTypes: { lang: { control: 'select', options: ['fi', 'se', 'smn', 'sms', 'sv', 'en'] } },
  render: (args) => html`<linkki-controls-sample lang=${args.lang}></linkki-controls-sample>`,
};
