import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CODE_LIST_LABELS,
  codeLabel,
  LANGUAGES,
  LAPLAND_MUNICIPALITIES,
  REFERRAL_REASONS,
  validateActivity,
  validateCase,
  validateReferral,
} from '../src/index.js';
import * as lists from '../src/codes/lists.js';
import * as fixtures from './fixtures.js';

const LIST_OF_LABELS: Record<string, readonly string[]> = {
  language: lists.LANGUAGES,
  referralReason: lists.REFERRAL_REASONS,
  referrerType: lists.REFERRER_TYPES,
  gender: lists.GENDERS,
  caseStatus: lists.CASE_STATUSES,
  route: lists.ROUTES,
  timepoint: lists.TIMEPOINTS,
  meetingPlace: lists.MEETING_PLACES,
  recorderRole: lists.RECORDER_ROLES,
  attendingType: lists.ATTENDING_TYPES,
  activityCategory: lists.ACTIVITY_CATEGORIES,
  accessibility: lists.ACCESSIBILITY_FEATURES,
};

describe('code lists', () => {
  it('have a non-empty label for every code in all six languages, and nothing extra', () => {
    for (const lang of LANGUAGES) {
      for (const [list, codes] of Object.entries(LIST_OF_LABELS)) {
        const labels = CODE_LIST_LABELS[list as keyof typeof CODE_LIST_LABELS][lang] as Record<string, string>;
        assert.deepEqual(Object.keys(labels).sort(), [...codes].sort(), `${lang}.${list}`);
        for (const code of codes) assert.match(labels[code]!, /\S/, `${lang}.${list}.${code}`);
      }
    }
  });

  it('store Sami letters in NFC, so search and comparison work', () => {
    for (const lang of LANGUAGES) {
      const text = JSON.stringify(Object.values(CODE_LIST_LABELS).map((labels) => labels[lang]));
      assert.equal(text, text.normalize('NFC'), lang);
    }
  });

  it('keep the ten referral reasons of the Lapland pilots, "other" last', () => {
    assert.equal(REFERRAL_REASONS.length, 10);
    assert.equal(REFERRAL_REASONS.at(-1), 'other');
    assert.equal(codeLabel('referralReason', 'loneliness', 'fi'), 'Yksinäisyyden lievittäminen');
  });

  it('list the 21 municipalities of Lapland with unique Statistics Finland codes', () => {
    assert.equal(LAPLAND_MUNICIPALITIES.length, 21);
    const codes = LAPLAND_MUNICIPALITIES.map((m) => m.code);
    assert.equal(new Set(codes).size, 21);
    for (const m of LAPLAND_MUNICIPALITIES) {
      assert.match(m.code, /^\d{3}$/);
      for (const name of Object.values(m.name)) assert.equal(name, name.normalize('NFC'));
    }
    const byName = Object.fromEntries(LAPLAND_MUNICIPALITIES.map((m) => [m.name.fi, m.code]));
    assert.equal(byName['Sodankylä'], '758');
    assert.equal(byName['Inari'], '148');
    assert.equal(byName['Utsjoki'], '890');
    assert.equal(byName['Enontekiö'], '047');
    assert.equal(byName['Rovaniemi'], '698');
  });

  it('give official Sami names in the Sami homeland municipalities', () => {
    const inari = LAPLAND_MUNICIPALITIES.find((m) => m.code === '148')!;
    assert.ok('se' in inari.name && 'smn' in inari.name && 'sms' in inari.name);
    const utsjoki = LAPLAND_MUNICIPALITIES.find((m) => m.code === '890')!;
    assert.ok('se' in utsjoki.name);
  });
});

describe('hand-written fixtures', () => {
  it('are valid', () => {
    assert.ok(validateReferral(fixtures.professionalReferral).ok);
    assert.ok(validateReferral(fixtures.selfReferral).ok);
    assert.ok(validateActivity(fixtures.activity).ok);
    assert.ok(validateCase(fixtures.caseRecord).ok);
  });

  it('report every problem at once, with limits for the message', () => {
    const result = validateReferral({ ...fixtures.selfReferral, hopes: 'x'.repeat(2001), person: { ...fixtures.selfReferral.person, contact: {} } });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.issues, [
      { path: ['person', 'contact'], code: 'contactRequired' },
      { path: ['hopes'], code: 'tooLong', params: { maximum: 2000 } },
    ]);
  });
});
