/**
 * Inari and Skolt Sami are translated, not copied (#15): a string identical in se and smn, se and
 * sms, or smn and sms fails, unless it has no words (only placeholders, digits, punctuation and
 * symbols) or its key is in the short allow-list below. The review of 2026-12 found 49 smn and 70
 * sms finder strings copied word for word from Northern Sami.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FOLDERS, flatten, loadStrings } from './locale-files.js';

const SAMI = ['se', 'smn', 'sms'] as const;
const PAIRS = [['se', 'smn'], ['se', 'sms'], ['smn', 'sms']] as const;

/**
 * Keys whose text is rightly the same in all three languages, as `<folder>:<key>` (folder relative
 * to packages/, plural suffixes written out). Each with its reason; keep it short.
 */
const ALLOWED = new Map<string, string>([
  // The instrument's registered name and the licence notice its owners require word for word.
  ['elements/src/evaluation-report/locales:measures.swemwbs.short', 'instrument name'],
  ['elements/src/evaluation-report/locales:measures.swemwbs.notice', 'licence notice, fixed English text'],
  // The SI symbol km after a number; no word to translate.
  ['elements/src/evaluation-report/locales:units.kilometres_one', 'SI symbol'],
  ['elements/src/evaluation-report/locales:units.kilometres_two', 'SI symbol'],
  ['elements/src/evaluation-report/locales:units.kilometres_other', 'SI symbol'],
]);

/**
 * The same loanword in Inari and Skolt Sami: both giellalt lexicons have it with this nominative
 * (lang-smn nouns.lexc; lang-sms N_sms2x.lexc, generated as Sg+Nom by a lang-sms generator).
 * Only the smn = sms pair is allowed; a translator may still choose another word (then the entry
 * is reported as unused, not failed).
 */
const SAME_LOANWORD_SMN_SMS = new Set<string>([
  'schema/src/codes/labels:activityCategory.culture', // kulttuur
  'schema/src/codes/labels:recorderRole.coordinator', // koordinaattor
  'elements/src/case-timeline/locales:closure.hoursCoordinator', // koordinaattor {{hours}} h
]);

/** No letters left once placeholders ({{x}}, $t(…)) are removed: nothing to translate. */
export function hasNoWords(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(/\$t\([^)]*\)/g, ''));
}

const folderId = (folder: string): string => folder.replace(/^packages\//, '');

describe('Sami strings are not copied between se, smn and sms', () => {
  it('a string with words needs its key allow-listed to be identical', async (t) => {
    const copies: string[] = [];
    const allowedSeen = new Set<string>();
    const loanwordsSeen = new Set<string>();
    for (const folder of FOLDERS) {
      const strings = Object.fromEntries(await Promise.all(SAMI.map(async (lang) => [lang, flatten(await loadStrings(folder, lang))] as const)));
      for (const [a, b] of PAIRS) {
        for (const [key, text] of strings[a]!) {
          if (strings[b]!.get(key) !== text) continue;
          const id = `${folderId(folder)}:${key}`;
          if (ALLOWED.has(id)) allowedSeen.add(id);
          else if (a === 'smn' && b === 'sms' && SAME_LOANWORD_SMN_SMS.has(id)) loanwordsSeen.add(id);
          else if (!hasNoWords(text)) copies.push(`${id} ${a}=${b}: ${JSON.stringify(text)}`);
        }
      }
    }
    assert.deepEqual(copies, [], `strings identical in two Sami languages (translate, or allow-list the key with a reason):\n${copies.join('\n')}`);
    const stale = [...ALLOWED.keys()].filter((id) => !allowedSeen.has(id));
    assert.deepEqual(stale, [], 'allow-listed keys that are no longer identical: remove them from ALLOWED');
    for (const id of SAME_LOANWORD_SMN_SMS) if (!loanwordsSeen.has(id)) t.diagnostic(`no longer the same in smn and sms: ${id}`);
  });

  it('the word check lets through only strings without words', () => {
    for (const text of ['{{label}}: {{value}}', '{{low}} … {{high}}', '< {{threshold}}', '–', '{{count}} ({{share}})', '{{label}} ({{value}}/5)']) {
      assert.ok(hasNoWords(text), text);
    }
    for (const text of ['Referens: {{reference}}', '{{value}} km', 'Illá', 'koordinaattor {{hours}} h', 'SWEMWBS']) {
      assert.ok(!hasNoWords(text), text);
    }
  });
});
