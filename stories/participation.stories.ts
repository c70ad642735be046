import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/participation/define.js';

/**
 * THL's participation indicator. Linkki ships no statements: THL allows only the official wording,
 * which an organisation receives with its permission and supplies as a file (`src`) or property
 * (`instrument`). Without it the element shows the designed "statements missing" message below.
 */
/**
 * A made-up wording shaped like the indicator (ten statements, five steps) — deliberately not THL's
 * statements — so the states of a form with wording can be shown.
 */
const SAMPLE_WORDING = {
  id: 'esis',
  version: 'sample',
  title: 'Esimerkkikysely (ei THL:n virallinen sanamuoto)',
  language: 'fi',
  scoring: 'esis' as const,
  items: Array.from({ length: 10 }, (_, i) => ({ id: `s${i + 1}`, text: `Esimerkkiväittämä ${i + 1}` })),
  scale: {
    min: 1,
    max: 5,
    labels: ['Täysin eri mieltä', 'Jokseenkin eri mieltä', 'En samaa enkä eri mieltä', 'Jokseenkin samaa mieltä', 'Täysin samaa mieltä'].map((label, i) => ({ value: i + 1, label })),
  },
  notice: 'Esimerkkiteksti: organisaatio saa virallisen sanamuodon THL:ltä.',
};

interface Args {
  lang: string;
  layout: string;
  headingLevel: number;
  /** `hide-title`: the host page's heading names the questionnaire, so its own title is left out. */
  hideTitle: boolean;
  withWording: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/linkki-participation',
  component: 'linkki-participation',
  args: { lang: '', layout: 'list', headingLevel: 2, hideTitle: false, withWording: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    layout: { control: 'inline-radio', options: ['list', 'stepper'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hideTitle: { control: 'boolean' },
  },
  render: (args) => html`<linkki-participation
    lang=${args.lang || undefined}
    layout=${args.layout}
    heading-level=${args.headingLevel}
    ?hide-title=${args.hideTitle}
    .instrument=${args.withWording ? SAMPLE_WORDING : undefined}
  ></linkki-participation>`,
};
export default meta;
type Story = StoryObj<Args>;

export const WithoutLicensedWording: Story = { name: 'Without the licensed wording' };
export const SkoltSami: Story = { name: 'Skolt Sami UI', args: { lang: 'sms' } };
export const FileThatCannotBeLoaded: Story = {
  name: 'Wording file that cannot be loaded',
  render: () => html`<linkki-participation src="/no-such-instrument.json"></linkki-participation>`,
};
export const WithWording: Story = { name: 'With an organisation-supplied wording (sample)', args: { withWording: true } };
export const WithWordingErrors: Story = {
  name: 'Confirmed unanswered: the error summary',
  args: { withWording: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('linkki-participation')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
  },
};
export const UnderHostHeading: Story = { name: "Under the host page's heading (hide-title)", args: { withWording: true, hideTitle: true, headingLevel: 3 } };
