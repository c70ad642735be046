import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { NOW, sampleCases } from '../packages/elements/src/case-list/case-list.fixtures.js';
import '../packages/elements/src/case-list/define.js';

interface Args {
  lang: string;
  waitingLimit: number;
  caseHref: string;
  cases: unknown[];
}

/**
 * The case list with fictional rows, as `GET /referrals` gives them. The story passes `cases`; a
 * workspace on the intake sets `endpoint` and `authorization` instead. Opening a case is logged,
 * not followed (the story cancels `linkki-case-open`).
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-case-list',
  component: 'linkki-case-list',
  args: { lang: '', waitingLimit: 14, caseHref: '#case-{id}', cases: sampleCases() },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    waitingLimit: { control: { type: 'number', min: 0, max: 60 } },
    cases: { table: { disable: true } },
  },
  render: (args) => html`<linkki-case-list
    lang=${args.lang || undefined}
    now=${NOW}
    waiting-limit=${args.waitingLimit}
    case-href=${args.caseHref}
    .cases=${args.cases}
    @linkki-case-open=${(event: CustomEvent) => {
      event.preventDefault();
      console.info('linkki-case-open', event.detail);
    }}
  ></linkki-case-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Cases: Story = { name: 'Six cases (waiting, routed, closed, follow-ups)' };
export const Swedish: Story = { name: 'In Swedish', args: { lang: 'sv' } };
export const NoLinks: Story = { name: 'Without case-href (buttons, event only)', args: { caseHref: '' } };
export const Empty: Story = { name: 'No cases', args: { cases: [] } };
export const InvalidRow: Story = { name: 'One invalid row left out', args: { cases: [...sampleCases(), { id: 'broken' }] } };
