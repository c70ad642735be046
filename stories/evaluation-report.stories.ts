import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { sampleReferences, sampleReport } from '../packages/elements/src/evaluation-report/evaluation-report.fixtures.js';
import '../packages/elements/src/evaluation-report/define.js';

interface Args {
  lang: string;
  threshold: number;
  report: unknown;
  references: unknown[];
  /** Leaves out the report's title under the story's own host heading (`hide-title`). */
  hideTitle: boolean;
  headingLevel: number;
  /** Loads from an intake instead of `report` (the error story points it at an address nothing answers). */
  endpoint?: string;
  from?: string;
  to?: string;
}

/**
 * The municipality's evaluation report with a fictional report (invented numbers for Sodankylä,
 * Kemijärvi and Enontekiö, January–June 2026; no real people): numbers, "< 5" cells, cells hidden so
 * a small one cannot be worked out, a withheld table, and SWEMWBS and ESIS with reference lines that
 * are themselves invented for the example. The story passes `report`, so it shows no pickers and no
 * download; on the intake a page sets `endpoint` and `authorization` and gets the pickers and
 * "Download for a spreadsheet (CSV)" (`linkki-report-downloaded`), tested against the real intake in
 * evaluation-report.api.test.ts. Print preview shows the meeting copy.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-evaluation-report',
  component: 'linkki-evaluation-report',
  args: { lang: '', threshold: 5, report: sampleReport(), references: sampleReferences(), hideTitle: false, headingLevel: 2 },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    threshold: { control: { type: 'number', min: 5, max: 20 } },
    report: { table: { disable: true } },
    references: { table: { disable: true } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`${args.hideTitle ? html`<h1>Arviointiraportti</h1>` : ''}<linkki-evaluation-report
    lang=${args.lang || nothing}
    ?hide-title=${args.hideTitle}
    heading-level=${args.headingLevel}
    endpoint=${args.endpoint || nothing}
    from=${args.from || nothing}
    to=${args.to || nothing}
    .authorization=${args.endpoint ? 'story-key' : undefined}
    .report=${args.report && typeof args.report === 'object' ? { ...(args.report as object), threshold: args.threshold } : args.report}
    .references=${args.references}
    @linkki-error=${(event: CustomEvent) => console.info('linkki-error', event.detail)}
  ></linkki-evaluation-report>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Loaded, with suppressed cells: "< 5" counts, "–" cells hidden so a small one cannot be worked out, a withheld table. */
export const Report: Story = { name: 'January–June 2026, three municipalities (suppressed cells)' };
export const ReportInFinnish: Story = { name: 'In Finnish', args: { lang: 'fi' } };
export const Swedish: Story = { name: 'In Swedish', args: { lang: 'sv' } };
export const NorthernSami: Story = { name: 'In Northern Sami', args: { lang: 'se' } };
export const NoReferences: Story = { name: 'Without reference lines', args: { references: [] } };
export const UnderHostHeading: Story = { name: 'Under a host heading (hide-title)', args: { lang: 'fi', hideTitle: true } };
/** With `endpoint` and no period: the pickers (period, basis, municipalities). */
export const Pickers: Story = { name: 'Pickers (with endpoint, no period yet)', args: { lang: 'fi', report: undefined, endpoint: 'http://127.0.0.1:9/api' } };
/** The intake does not answer (nothing listens on port 9): the problem message with Try again. */
export const LoadError: Story = {
  name: 'Intake not reachable (error)',
  args: { lang: 'fi', report: undefined, endpoint: 'http://127.0.0.1:9/api', from: '2026-01', to: '2026-06' },
};
export const Invalid: Story = { name: 'Data that is not a report', args: { report: { version: 2 } } };
