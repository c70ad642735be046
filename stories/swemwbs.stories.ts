import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/swemwbs/define.js';

interface Args {
  layout: 'list' | 'stepper';
  timepoint: 'start' | 'end' | 'follow-up';
  showResult: boolean;
  readonly: boolean;
  lang: string;
  headingLevel: number;
  /** `hide-title`: the host page's heading names the questionnaire, so its own title is left out. */
  hideTitle: boolean;
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
  args: { layout: 'list', timepoint: 'start', showResult: false, readonly: false, lang: '', headingLevel: 2, hideTitle: false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'stepper'] },
    timepoint: { control: 'inline-radio', options: ['start', 'end', 'follow-up'] },
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hideTitle: { control: 'boolean' },
  },
  render: (args) => html`<linkki-swemwbs
    lang=${args.lang || undefined}
    layout=${args.layout}
    timepoint=${args.timepoint}
    ?show-result=${args.showResult}
    ?readonly=${args.readonly}
    heading-level=${args.headingLevel}
    ?hide-title=${args.hideTitle}
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

/** Answers a statement per fieldset: the n-th option of each of the first `count` statements. */
async function answer(canvasElement: HTMLElement, count: number, option = 2) {
  const el = canvasElement.querySelector('linkki-swemwbs')!;
  await el.updateComplete;
  for (const statement of [...el.shadowRoot!.querySelectorAll('fieldset')].slice(0, count)) {
    statement.querySelectorAll('input')[option]!.click();
    await el.updateComplete;
  }
  return el;
}
const confirm = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();

export const Filled: Story = { name: 'All answered', play: async ({ canvasElement }) => void (await answer(canvasElement, 7)) };
export const Errors: Story = {
  name: 'Confirmed with statements unanswered: the error summary',
  play: async ({ canvasElement }) => confirm(await answer(canvasElement, 3)),
};
export const Confirmed: Story = {
  name: 'Confirmed, with the result',
  args: { showResult: true },
  play: async ({ canvasElement }) => confirm(await answer(canvasElement, 7, 3)),
};
export const ReadOnly: Story = { name: 'Read-only answers', args: { readonly: true, timepoint: 'end', showResult: true } };
export const UnderHostHeading: Story = { name: "Under the host page's heading (hide-title)", args: { hideTitle: true, headingLevel: 3 } };
