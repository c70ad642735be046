import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getAllByRole } from '../../../../test/helpers/queries.js';
import { sampleActivities } from '../activity-finder/activity-finder.fixtures.js';
import { CaseTimelineHarness } from '../case-timeline/case-timeline.harness.js';
import { midwayCase, sampleCatalogue } from '../case-timeline/case-timeline.fixtures.js';
import { sampleReport } from '../evaluation-report/evaluation-report.fixtures.js';
import { formatDate, formatDaysAgo, formatList, formatWeekday, loadCalendar } from './format.js';
import { se } from './dates/locales/se.js';
import { smn } from './dates/locales/smn.js';
import { sms } from './dates/locales/sms.js';
import type { Language } from './languages.js';
import '../activity-finder/define.js';
import '../case-timeline/define.js';
import '../evaluation-report/define.js';

const SAMI = ['se', 'smn', 'sms'] as const;

/** Finnish month and weekday names (any case form), short weekdays before a date, and relative-time words. */
const FINNISH_DATE_WORDS =
  /(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|\b(ma|ti|ke|to|pe|la|su) \d|sitten|eilen|tänään|toissa|viikkoa?\b|päivää|kuukautta|vuotta/i;

const textOf = (el: Element): string => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

describe('Sami dates (Chromium has no Intl data for se, smn, sms)', () => {
  before(() => Promise.all(SAMI.map(loadCalendar)));

  it('the browser really lacks them, so the tables are what is tested', () => {
    for (const lang of SAMI) expect(Intl.DateTimeFormat.supportedLocalesOf([lang]), lang).to.deep.equal([]);
  });

  it('formats every date shape the elements use in Sami words (CLDR se_FI, smn; lexicon sms)', () => {
    const thursday = new Date(2026, 10, 26, 13, 0);
    const expected: Record<(typeof SAMI)[number], string[]> = {
      se: ['26 skábmamánnu 2026', 'duorastat', '13:00', 'du 26.11', 'skábmamánnu 2026', '26.11.2026', 'skábmamánnu'],
      smn: ['skammâmáánu 26. 2026', 'tuorâstâh', '13.00', 'tuo 26.11.', 'skammâmáánu 2026', '26.11.2026', 'skammâmáánu'],
      sms: ['26.11.2026', 'neljdpeiʹvv', '13:00', 'neljdpeiʹvv 26.11.', 'skamm-mään 2026', '26.11.2026', 'skamm-mään'],
    };
    const shapes: Intl.DateTimeFormatOptions[] = [
      { dateStyle: 'long' },
      { weekday: 'long' },
      { hour: 'numeric', minute: '2-digit' },
      { weekday: 'short', day: 'numeric', month: 'numeric' },
      { month: 'long', year: 'numeric' },
      { day: 'numeric', month: 'numeric', year: 'numeric' },
      { month: 'long' },
    ];
    for (const lang of SAMI) expect(shapes.map((options) => formatDate(lang, thursday, options)), lang).to.deep.equal(expected[lang]);
  });

  it('gives relative times in Northern Sami with the dual, and a date where CLDR has none', () => {
    expect([0, 1, 2, 3, 14, 21, 60, 400, 800].map((days) => formatDaysAgo('se', days))).to.deep.equal([
      'odne', 'ikte', 'ovddet beaivvi', '3 beaivve dás ovdal', '2 vahku dás ovdal', '3 vahku dás ovdal', '2 mánu dás ovdal', '13 mánu dás ovdal', 'ovddet jagi',
    ]);
    for (const lang of ['smn', 'sms'] as const) expect(formatDaysAgo(lang, 0), lang).to.match(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  });

  it('names a weekday on its own or inside a sentence (CLDR smn has two forms)', () => {
    expect([1, 4, 7].map((d) => formatWeekday('smn', d))).to.deep.equal(['vuossargâ', 'tuorâstâh', 'pasepeivi']);
    expect([1, 4, 7].map((d) => formatWeekday('smn', d, 'format'))).to.deep.equal(['vuossaargâ', 'tuorâstuv', 'pasepeeivi']);
    expect(formatWeekday('se', 4, 'format')).to.equal('duorastat');
    expect(formatWeekday('sms', 4, 'format')).to.equal('neljdpeiʹvv');
    expect(formatWeekday('fi', 4)).to.equal('torstai');
  });

  it('joins lists with the language’s own word for “and”', () => {
    expect(SAMI.map((lang) => formatList(lang, ['A', 'B', 'C']))).to.deep.equal(['A, B ja C', 'A, B já C', 'A, B da C']);
  });

  it('keeps the browser’s Intl for Finnish, Swedish and English', () => {
    const date = new Date(2026, 10, 24);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(formatDate(lang, date)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date));
    }
  });

  for (const lang of SAMI) {
    it(`${lang}: the finder’s schedule, next time and checked date have no Finnish word`, async () => {
      const el = await fixture<HTMLElement>(html`<linkki-activity-finder lang=${lang} today="2026-11-24" .activities=${sampleActivities}></linkki-activity-finder>`);
      await waitUntil(() => el.shadowRoot?.querySelector('article'), 'no results', { timeout: 10000 });
      const cards = getAllByRole(el, 'article').map(textOf).join(' | ');
      expect(cards).not.to.match(FINNISH_DATE_WORDS);
      // Inside "every other Thursday" the weekday takes its format form (smn tuorâstuv, not tuorâstâh).
      const thursday = formatWeekday(lang as Language, 4, 'format');
      expect(cards, 'the biweekly Thursday group').to.contain(thursday);
    });

    it(`${lang}: the case timeline’s month headings and dates have no Finnish word`, async () => {
      const { record, now } = midwayCase();
      const el = await fixture(html`<linkki-case-timeline lang=${lang} now=${now} .case=${record} .catalogue=${sampleCatalogue}></linkki-case-timeline>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const h = new CaseTimelineHarness(el as never);
      const headings = h.monthHeadings();
      expect(headings.length).to.be.greaterThan(0);
      for (const heading of headings) expect(heading).to.match(/^\S+ \d{4}$/);
      // Each event's date (its <time>; the notes beside it are the fixture's Finnish free text).
      const lines = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.textContent!.trim());
      expect(lines.join(' ')).to.match(/\d{1,2}\.\d{1,2}\.2026/);
      expect([...headings, ...lines].join(' | ')).not.to.match(FINNISH_DATE_WORDS);
    });

    it(`${lang}: the evaluation report’s months have no Finnish word`, async () => {
      const el = await fixture(html`<linkki-evaluation-report lang=${lang} .report=${sampleReport()}></linkki-evaluation-report>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const text = textOf(el);
      expect(text).not.to.match(FINNISH_DATE_WORDS);
      const { months } = { se, smn, sms }[lang];
      expect(months.standAlone.wide.some((name) => text.includes(name)), 'a Sami month name').to.equal(true);
    });
  }
});
