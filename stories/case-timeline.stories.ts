import type { Case } from '@linkki/schema';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
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
  fixture: () => { record: Case | undefined; now: string };
  /** Leaves out the timeline's title under the story's own host heading (`hide-title`). */
  hideTitle: boolean;
  /** Level of the timeline's title, or with `hideTitle` of its panels (`heading-level`). */
  headingLevel: number;
  /** Opens this form once the forms have loaded (e.g. `close`). */
  openForm?: string;
  /** API-backed: the intake's base URL, the referral's id and a staff key (e.g. from `npm start`). */
  endpoint?: string;
  caseId?: string;
  authorization?: string;
}

/** Clicks the form's button once the lazily loaded forms are there, as a person would. */
function openWhenReady(timeline: LinkkiCaseTimeline, form: string) {
  const tryOpen = (attempt = 0) => {
    const button = timeline.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-form="${form}"]`);
    if (button) button.click();
    else if (attempt < 50) setTimeout(() => tryOpen(attempt + 1), 100);
  };
  tryOpen();
}

/**
 * The case timeline with fictional cases. In editable stories the story acts as the host: it
 * appends each `linkki-event-add` event to the case, as a client system would after saving it.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-case-timeline',
  component: 'linkki-case-timeline',
  args: { lang: '', order: 'newest', editable: false, fixture: midwayCase, hideTitle: false, headingLevel: 2 },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    order: { control: 'inline-radio', options: ['newest', 'oldest'] },
    fixture: { table: { disable: true } },
    openForm: { control: 'select', options: [undefined, 'meeting', 'note', 'activity', 'goals', 'period', 'needs', 'close'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => {
    if (args.endpoint) {
      return html`<linkki-case-timeline
        lang=${args.lang || nothing}
        order=${args.order}
        ?editable=${args.editable}
        ?hide-title=${args.hideTitle}
        heading-level=${args.headingLevel}
        endpoint=${args.endpoint}
        case-id=${args.caseId ?? ''}
        .authorization=${args.authorization || undefined}
        .catalogue=${sampleCatalogue}
        .references=${sampleReferences}
      ></linkki-case-timeline>`;
    }
    const { record, now } = args.fixture();
    const append = (event: CustomEvent) => {
      const timeline = event.target as LinkkiCaseTimeline;
      timeline.case = { ...timeline.case!, events: [...timeline.case!.events, event.detail] };
    };
    // Under a host heading, as a client system shows it: the page's heading names the timeline.
    const host = args.hideTitle ? html`<h2>Asiakkuuden eteneminen</h2>` : '';
    return html`${host}<linkki-case-timeline
      lang=${args.lang || nothing}
      order=${args.order}
      now=${now}
      ?editable=${args.editable}
      ?hide-title=${args.hideTitle}
      heading-level=${args.headingLevel}
      .case=${record}
      .catalogue=${sampleCatalogue}
      .references=${sampleReferences}
      @linkki-event-add=${append}
      ${ref((el) => el && args.openForm && openWhenReady(el as LinkkiCaseTimeline, args.openForm))}
    ></linkki-case-timeline>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const NoCase: Story = { name: 'No case given (empty)', args: { fixture: () => ({ record: undefined, now: '2026-11-24' }) } };
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
export const ClosureForm: Story = {
  name: 'Close form (the person answers herself, end SWEMWBS)',
  args: { fixture: midwayCase, editable: true, openForm: 'close', lang: 'fi' },
};
export const MeetingForm: Story = { name: 'Meeting form', args: { fixture: midwayCase, editable: true, openForm: 'meeting', lang: 'fi' } };
export const ActivityForm: Story = { name: 'Activity form', args: { fixture: midwayCase, editable: true, openForm: 'activity', lang: 'fi' } };
export const ClosureFormNorthernSami: Story = {
  name: 'Close form in Northern Sami',
  args: { fixture: midwayCase, editable: true, openForm: 'close', lang: 'se' },
};
export const WithChart: Story = { name: 'SWEMWBS chart with a reference line (closed, followed up)', args: { fixture: followedUpCase, lang: 'fi' } };
export const UnderHostHeading: Story = {
  name: 'Under a host heading (hide-title)',
  args: { fixture: followedUpCase, lang: 'fi', hideTitle: true, headingLevel: 3 },
};
export const AgreedPeriodForm: Story = { name: 'Agreed period form', args: { fixture: midwayCase, editable: true, openForm: 'period' } };
export const NeedsForm: Story = { name: 'Barriers and unmet needs form', args: { fixture: midwayCase, editable: true, openForm: 'needs' } };
/**
 * Loads from and saves to a running intake: give its base URL (reachable from Storybook's origin —
 * the same origin through a proxy, or an origin the intake allows), a staff key and a referral id
 * (e.g. the demo's from `npm start`, see the README's sign-in section). The key is set as a property.
 */
export const FromTheIntake: Story = {
  name: 'From the intake API (needs npm start)',
  args: { editable: true, endpoint: 'http://localhost:8080/api', caseId: '', authorization: '' },
};
