import type { Case } from '@linkki/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  closedCase,
  directCase,
  followedUpCase,
  midwayCase,
  newCase,
  overdueCase,
  sampleCatalogue,
  sampleReferences,
} from '../packages/elements/src/case-timeline/case-timeline.fixtures.js';
import type { LinkkiCaseTimeline } from '../packages/elements/src/case-timeline/case-timeline.js';
import '../packages/elements/src/case-timeline/define.js';

interface Args {
  lang: string;
  order: 'newest' | 'oldest';
  editable: boolean;
  fixture: () => { record: Case; now: string };
}

/**
 * The case timeline with fictional cases. In editable stories the story acts as the host: it
 * appends each `linkki-event-add` event to the case, as a client system would after saving it.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-case-timeline',
  component: 'linkki-case-timeline',
  args: { lang: '', order: 'newest', editable: false, fixture: midwayCase },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    order: { control: 'inline-radio', options: ['newest', 'oldest'] },
    fixture: { table: { disable: true } },
  },
  render: (args) => {
    const { record, now } = args.fixture();
    const append = (event: CustomEvent) => {
      const timeline = event.target as LinkkiCaseTimeline;
      timeline.case = { ...timeline.case!, events: [...timeline.case!.events, event.detail] };
    };
    return html`<linkki-case-timeline
      lang=${args.lang || undefined}
      order=${args.order}
      now=${now}
      ?editable=${args.editable}
      .case=${record}
      .catalogue=${sampleCatalogue}
      .references=${sampleReferences}
      @linkki-event-add=${append}
    ></linkki-case-timeline>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NewCase: Story = { name: 'New case (day 0)', args: { fixture: newCase } };
export const MidWay: Story = { name: 'Mid-way, editable', args: { fixture: midwayCase, editable: true } };
export const Overdue: Story = { name: 'Overdue (past six months)', args: { fixture: overdueCase } };
export const ClosedFollowUpDue: Story = { name: 'Closed, follow-up due', args: { fixture: closedCase } };
export const FollowedUp: Story = { name: 'Closed and followed up', args: { fixture: followedUpCase, order: 'oldest' } };
export const DirectReferral: Story = { name: 'Direct referral', args: { fixture: directCase } };
export const NorthernSami: Story = { name: 'Northern Sami', args: { fixture: closedCase, lang: 'se' } };
export const InvalidCase: Story = {
  name: 'Invalid case data',
  args: { fixture: () => ({ now: '2026-11-24', record: { id: 'broken', events: [{ type: 'meeting', at: 'eilen' }] } as unknown as Case }) },
};
