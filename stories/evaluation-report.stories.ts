import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleReferences, sampleReport } from '../packages/elements/src/evaluation-report/evaluation-report.fixtures.js';
import '../packages/elements/src/evaluation-report/define.js';

interface Args {
  lang: string;
  threshold: number;
  report: unknown;
  references: unknown[];
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
  args: { lang: '', threshold: 5, report: sampleReport(), references: sampleReferences() },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    threshold: { control: { type: 'number', min: 5, max: 20 } },
    report: { table: { disable: true } },
    references: { table: { disable: true } },
  },
  render: (args) => html`<linkki-evaluation-report
    lang=${args.lang || undefined}
    .report=${args.report && typeof args.report === 'object' ? { ...(args.report as object), threshold: args.threshold } : args.report}
    .references=${args.references}
    @linkki-error=${(event: CustomEvent) => console.info('linkki-error', event.detail)}
  ></linkki-evaluation-report>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Report: Story = { name: 'January–June 2026, three municipalities' };
export const Swedish: Story = { name: 'In Swedish', args: { lang: 'sv' } };
export const NorthernSami: Story = { name: 'In Northern Sami', args: { lang: 'se' } };
export const NoReferences: Story = { name: 'Without reference lines', args: { references: [] } };
export const Invalid: Story = { name: 'Data that is not a report', args: { report: { version: 2 } } };
