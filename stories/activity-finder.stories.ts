import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { makeCatalogue } from '../scripts/catalogue-generator.mjs';
import '../packages/elements/src/activity-finder/define.js';

interface Args {
  lang: string;
  mode: 'citizen' | 'link-worker';
  municipality: string;
  size: number;
}

/** The activity finder over the fictional sample catalogue (220 activities) or a large synthetic one. */
const meta: Meta<Args> = {
  title: 'Elements/linkki-activity-finder',
  component: 'linkki-activity-finder',
  args: { lang: '', mode: 'citizen', municipality: '758', size: 220 },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    mode: { control: 'inline-radio', options: ['citizen', 'link-worker'] },
    municipality: { control: 'select', options: ['', '758', '148', '890', '047', '320', '498', '698', '261'] },
  },
  render: (args) => html`<linkki-activity-finder
    lang=${args.lang || undefined}
    mode=${args.mode}
    municipality=${args.municipality || undefined}
    today="2026-11-24"
    .activities=${makeCatalogue(args.size).activities}
  ></linkki-activity-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Citizen: Story = { name: 'Citizen (municipal website)' };
export const LinkWorker: Story = { name: 'Link-worker mode', args: { mode: 'link-worker' } };
export const NorthernSami: Story = { name: 'Northern Sami, Utsjoki', args: { lang: 'se', municipality: '890' } };
export const LargeCatalogue: Story = { name: 'Large catalogue (10 000 activities)', args: { size: 10_000, municipality: '' } };
