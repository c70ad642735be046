import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { NOW, sampleCases } from '../packages/elements/src/case-list/case-list.fixtures.js';
import '../packages/elements/src/case-list/define.js';

interface Args {
  lang: string;
  waitingLimit: number;
  caseHref: string;
  cases: unknown[] | undefined;
  /** Leaves out the list's title under the story's own host heading (`hide-title`). */
  hideTitle: boolean;
  headingLevel: number;
  /** Loads from an intake instead of `cases` (the error story points it at an address nothing answers). */
  endpoint?: string;
}

/**
 * The case list with fictional rows, as `GET /referrals` gives them. The story passes `cases`; a
 * workspace on the intake sets `endpoint` and `authorization` instead. Opening a case is logged,
 * not followed (the story cancels `linkki-case-open`).
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-case-list',
  component: 'linkki-case-list',
  args: { lang: '', waitingLimit: 14, caseHref: '#case-{id}', cases: sampleCases(), hideTitle: false, headingLevel: 2 },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    waitingLimit: { control: { type: 'number', min: 0, max: 60 } },
    cases: { table: { disable: true } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`${args.hideTitle ? html`<h1>Asiakkuudet</h1>` : ''}<linkki-case-list
    lang=${args.lang || nothing}
    ?hide-title=${args.hideTitle}
    heading-level=${args.headingLevel}
    endpoint=${args.endpoint || nothing}
    .authorization=${args.endpoint ? 'story-key' : undefined}
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
export const UnderHostHeading: Story = { name: 'Under a host heading (hide-title)', args: { lang: 'fi', hideTitle: true } };
/** The intake does not answer (nothing listens on port 9): the problem message with Try again. */
export const LoadError: Story = { name: 'Intake not reachable (error)', args: { lang: 'fi', cases: undefined, endpoint: 'http://127.0.0.1:9/api' } };
export const NorthernSami: Story = { name: 'In Northern Sami', args: { lang: 'se' } };
export const InvalidRow: Story = { name: 'One invalid row left out', args: { cases: [...sampleCases(), { id: 'broken' }] } };
