import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/participation/define.js';

/**
 * THL's participation indicator. Linkki ships no statements: THL allows only the official wording,
 * which an organisation receives with its permission and supplies as a file (`src`) or property
 * (`instrument`). Without it the element shows the designed "statements missing" message below.
 */
const meta: Meta<{ lang: string; layout: string }> = {
  title: 'Elements/linkki-participation',
  component: 'linkki-participation',
  args: { lang: '', layout: 'list' },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    layout: { control: 'inline-radio', options: ['list', 'stepper'] },
  },
  render: (args) => html`<linkki-participation lang=${args.lang || undefined} layout=${args.layout}></linkki-participation>`,
};
export default meta;
type Story = StoryObj<{ lang: string; layout: string }>;

export const WithoutLicensedWording: Story = { name: 'Without the licensed wording' };
export const SkoltSami: Story = { name: 'Skolt Sami UI', args: { lang: 'sms' } };
export const FileThatCannotBeLoaded: Story = {
  name: 'Wording file that cannot be loaded',
  render: () => html`<linkki-participation src="/no-such-instrument.json"></linkki-participation>`,
};
