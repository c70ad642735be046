import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/swemwbs/define.js';

interface Args {
  layout: 'list' | 'stepper';
  timepoint: 'start' | 'end' | 'follow-up';
  showResult: boolean;
  readonly: boolean;
  lang: string;
}

const previous = {
  instrument: { id: 'swemwbs', version: '1.0' },
  language: 'fi',
  timepoint: 'start' as const,
  answers: { optimistic: 3, useful: 3, relaxed: 4, problems: 3, thinking: 4, close: 2, decisions: 4 },
  score: { raw: 23, metric: 20.73 },
  completedAt: '2026-03-02T10:15:00+02:00',
};

/**
 * SWEMWBS, filled with the person at the start, at the end and three months after. Use the
 * toolbar's language switch: under Sami the chrome is Sami and the statements stay Finnish, labelled.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-swemwbs',
  component: 'linkki-swemwbs',
  args: { layout: 'list', timepoint: 'start', showResult: false, readonly: false, lang: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'stepper'] },
    timepoint: { control: 'inline-radio', options: ['start', 'end', 'follow-up'] },
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
  },
  render: (args) => html`<linkki-swemwbs
    lang=${args.lang || undefined}
    layout=${args.layout}
    timepoint=${args.timepoint}
    ?show-result=${args.showResult}
    ?readonly=${args.readonly}
    .previous=${args.timepoint === 'start' ? undefined : previous}
  ></linkki-swemwbs>`,
};
export default meta;
type Story = StoryObj<Args>;

export const List: Story = {};
export const Stepper: Story = { args: { layout: 'stepper' } };
export const EndWithResult: Story = { name: 'End, with result and change', args: { timepoint: 'end', showResult: true } };
export const NorthernSami: Story = { name: 'Northern Sami UI (Finnish statements)', args: { lang: 'se', layout: 'stepper' } };
export const InariSami: Story = { name: 'Inari Sami UI', args: { lang: 'smn' } };
export const English: Story = { args: { lang: 'en' } };
