import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { makeCatalogue } from '../scripts/catalogue-generator.mjs';
import type { LinkkiActivityFinder } from '../packages/elements/src/activity-finder/activity-finder.js';
import '../packages/elements/src/activity-finder/define.js';

interface Args {
  lang: string;
  mode: 'citizen' | 'link-worker';
  municipality: string;
  /** `generated`: the fictional catalogue of `size` activities; `empty`: a catalogue with none; `missing`: a `src` that is not there. */
  catalogue: 'generated' | 'empty' | 'missing';
  size: number;
  headingLevel: number;
  hideTitle: boolean;
}

/** The finder of a story, once its first results (or its empty or error state) are drawn. */
async function ready(canvas: HTMLElement): Promise<LinkkiActivityFinder> {
  const finder = canvas.querySelector('linkki-activity-finder')!;
  for (let waited = 0; waited < 15000; waited += 50) {
    const root = finder.shadowRoot;
    if (root?.querySelector('[part="result"], [part="no-results"], .failed')) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await finder.updateComplete;
  return finder;
}

/** Presses a button of the finder by its visible text or accessible name. */
async function press(finder: LinkkiActivityFinder, name: RegExp, index = 0) {
  const buttons = [...finder.shadowRoot!.querySelectorAll('button')].filter((b) => name.test(b.getAttribute('aria-label') ?? b.textContent!.trim()));
  buttons[index]?.click();
  await finder.updateComplete;
}

/**
 * The activity finder over the fictional sample catalogue (220 activities, scripts/catalogue-generator.mjs,
 * browser-safe) or a large synthetic one. The states below are also the screenshot states of the
 * visual tests: results, details, shortlist, empty catalogue, no results, load error, hidden title.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-activity-finder',
  component: 'linkki-activity-finder',
  args: { lang: '', mode: 'citizen', municipality: '758', catalogue: 'generated', size: 220, headingLevel: 2, hideTitle: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    mode: { control: 'inline-radio', options: ['citizen', 'link-worker'] },
    municipality: { control: 'select', options: ['', '758', '148', '890', '047', '320', '498', '698', '261'] },
    catalogue: { control: 'inline-radio', options: ['generated', 'empty', 'missing'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hideTitle: { control: 'boolean', description: 'Leave out the title (the host page has its own heading); the region keeps it as its name.' },
  },
  render: (args) => html`<linkki-activity-finder
    lang=${args.lang || undefined}
    mode=${args.mode}
    municipality=${args.municipality || undefined}
    heading-level=${args.headingLevel}
    ?hide-title=${args.hideTitle}
    today="2026-11-24"
    src=${args.catalogue === 'missing' ? '/no-such-catalogue.json' : undefined}
    .activities=${args.catalogue === 'generated' ? makeCatalogue(args.size).activities : args.catalogue === 'empty' ? [] : undefined}
  ></linkki-activity-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Citizen: Story = { name: 'Citizen (municipal website)' };
export const LinkWorker: Story = { name: 'Link-worker mode', args: { mode: 'link-worker' } };
export const NorthernSami: Story = { name: 'Northern Sami, Utsjoki', args: { lang: 'se', municipality: '890' } };
export const Details: Story = {
  name: 'Details of an activity',
  play: async ({ canvasElement }) => press(await ready(canvasElement), /^(Näytä tiedot|Čájet dieđuid|Show details|Visa uppgifter)/),
};
export const Shortlist: Story = {
  name: 'Shortlist of three (link-worker mode)',
  args: { mode: 'link-worker' },
  play: async ({ canvasElement }) => {
    const finder = await ready(canvasElement);
    for (let i = 0; i < 3; i++) await press(finder, /^(Lisää valittuihin|Lasit válljejuvvon doaimmaide|Add to chosen|Lägg till bland valda)/, 0);
  },
};
export const LargeText: Story = {
  name: 'Large text with a shortlist (link-worker mode)',
  args: { mode: 'link-worker' },
  play: async ({ canvasElement }) => {
    const finder = await ready(canvasElement);
    await press(finder, /^(Lisää valittuihin|Lasit válljejuvvon doaimmaide|Add to chosen|Lägg till bland valda)/, 0);
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="base"] > button[aria-pressed]')?.click();
  },
};
export const NoResults: Story = {
  name: 'No results, with filters to relax',
  play: async ({ canvasElement }) => {
    const finder = await ready(canvasElement);
    const box = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'zzqqxx';
    box.dispatchEvent(new Event('input'));
    await finder.searching;
  },
};
export const EmptyCatalogue: Story = { name: 'Empty catalogue', args: { catalogue: 'empty' } };
export const LoadError: Story = { name: 'Catalogue could not be loaded', args: { catalogue: 'missing' } };
export const HiddenTitle: Story = {
  name: 'Title hidden under a host heading',
  args: { hideTitle: true, headingLevel: 3 },
  render: (args, context) => html`<h2>Toiminnat yhdessä selaten</h2>${meta.render!(args, context)}`,
};
export const LargeCatalogue: Story = { name: 'Large catalogue (10 000 activities)', args: { size: 10_000, municipality: '' } };
