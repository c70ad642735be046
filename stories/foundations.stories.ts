import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LANGUAGE_LABELS, LANGUAGES } from '@linkki/schema';
import { tokens } from '../packages/elements/src/index.js';
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
