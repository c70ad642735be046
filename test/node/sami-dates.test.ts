/**
 * The Sami date tables (packages/elements/src/i18n/dates) against the CLDR they come from: Node's
 * full ICU carries CLDR se_FI and smn, so every shape the elements use must come out of the table
 * exactly as `Intl` gives it in Node — for dates in every month and on every weekday.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATE_SHAPES, type CalendarData } from '../../packages/elements/src/i18n/dates/calendar-data.js';
import { fillPattern, formatDaysAgoWithCalendar, formatListWithCalendar, formatWithCalendar, shapeOf } from '../../packages/elements/src/i18n/dates/calendar-format.js';
import { se } from '../../packages/elements/src/i18n/dates/locales/se.js';
import { smn } from '../../packages/elements/src/i18n/dates/locales/smn.js';
import { sms } from '../../packages/elements/src/i18n/dates/locales/sms.js';

const DATES = [
  ...Array.from({ length: 12 }, (_, m) => new Date(2026, m, 5, 5, 7)),
  ...Array.from({ length: 7 }, (_, d) => new Date(2026, 2, 1 + d, 13, 0)),
  new Date(2031, 11, 31, 23, 59),
];
const TABLE_CLDR = se.source.match(/CLDR (\d+\.\d+)/)?.[1];

describe('Sami date tables', () => {
  for (const [locale, data] of [['se-FI', se], ['smn', smn]] as const) {
    it(`${locale}: every shape is what CLDR ${TABLE_CLDR} gives through Intl`, { skip: process.versions.cldr !== TABLE_CLDR && `Node has CLDR ${process.versions.cldr}` }, () => {
      for (const [shape, options] of Object.entries(DATE_SHAPES)) {
        for (const date of DATES) {
          assert.equal(formatWithCalendar(data, date, options), new Intl.DateTimeFormat(locale, options).format(date), `${shape} ${date.toDateString()}`);
        }
      }
    });
  }

  it('se-FI: relative times as CLDR has them, with the dual', { skip: process.versions.cldr !== TABLE_CLDR && 'other CLDR' }, () => {
    const plural = new Intl.PluralRules('se');
    const auto = new Intl.RelativeTimeFormat('se-FI', { numeric: 'auto' });
    for (const [days, unit, count] of [[0, 'day', 0], [1, 'day', 1], [2, 'day', 2], [5, 'day', 5], [14, 'week', 2], [21, 'week', 3], [90, 'month', 3], [1100, 'year', 3]] as const) {
      assert.equal(formatDaysAgoWithCalendar(se, days, plural, String), auto.format(-count, unit), `${days} days`);
    }
    assert.equal(formatDaysAgoWithCalendar(se, 14, plural, String), '2 vahku dás ovdal');
    assert.equal(formatListWithCalendar(se, ['A', 'B', 'C']), new Intl.ListFormat('se-FI').format(['A', 'B', 'C']));
  });

  it('smn and sms have no relative times (CLDR has none): the caller shows a date', () => {
    assert.equal(formatDaysAgoWithCalendar(smn, 3, new Intl.PluralRules('smn'), String), undefined);
    assert.equal(formatDaysAgoWithCalendar(sms, 3, new Intl.PluralRules('sms'), String), undefined);
  });

  it('sms: lexicon month and weekday names, in their places', () => {
    const thursday = new Date(2026, 10, 26, 13, 0);
    assert.equal(formatWithCalendar(sms, thursday, { weekday: 'long' }), 'neljdpeiʹvv');
    assert.equal(formatWithCalendar(sms, thursday, { month: 'long', year: 'numeric' }), 'skamm-mään 2026');
    assert.equal(formatWithCalendar(sms, thursday, { weekday: 'short', day: 'numeric', month: 'numeric' }), 'neljdpeiʹvv 26.11.');
    assert.equal(formatListWithCalendar(sms, ['A', 'B']), 'A da B');
  });

  it('every table is complete: 12 months, 7 weekdays, a pattern for every shape', () => {
    for (const data of [se, smn, sms] as CalendarData[]) {
      for (const names of [data.months.format.wide, data.months.format.abbreviated, data.months.standAlone.wide, data.months.standAlone.abbreviated]) assert.equal(new Set(names).size, 12);
      for (const names of [data.weekdays.format.wide, data.weekdays.standAlone.wide]) assert.equal(new Set(names).size, 7);
      for (const shape of Object.keys(DATE_SHAPES)) assert.ok(data.patterns[shape as keyof typeof DATE_SHAPES], shape);
      assert.ok(data.source.length > 10);
    }
  });

  it('recognises an options object by content, not key order, and nothing else', () => {
    assert.equal(shapeOf({ year: 'numeric', day: 'numeric', month: 'numeric' }), 'numeric');
    assert.equal(shapeOf({ year: 'numeric', month: 'short' }), undefined);
    assert.equal(fillPattern(sms, '{dd}.{MM}. {HH}:{mm}', new Date(2026, 0, 5, 7, 3)), '05.01. 07:03');
  });
});
