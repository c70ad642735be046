/**
 * Every counted string has a form for every CLDR plural category of its locale (#15).
 *
 * A counted key is a group `x` with `x_other` in any language of a folder. For each locale, each
 * category of `new Intl.PluralRules(lang)` (se, smn, sms: one, two, other; fi, sv, en: one, other)
 * needs `x_<category>` in that locale's file; `_zero` (i18next's case for 0) is an optional extra.
 * Without `x_two`, i18next falls back to the Finnish string for a count of 2 inside a Sami page.
 *
 * A file whose type explicitly lets keys out so Finnish shows (see `allowsFinnishFallback`) may
 * leave a whole group out: then every count is Finnish, which the file says it is. But a group it
 * does have must be complete, or the page would switch language between 1, 2 and 3.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { i18n } from '../../packages/elements/src/i18n/i18n.js';
import { FOLDERS, LANGUAGES, allowsFinnishFallback, fileOf, flatten, loadStrings, type Language } from './locale-files.js';

/** Categories from the running ICU, not hard-coded; the first test checks Node has them all. */
const CATEGORIES = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[]]),
) as Record<Language, string[]>;

const SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('plural forms of every string file', () => {
  it('Node knows the plural rules of every locale (se, smn, sms with a dual)', () => {
    for (const lang of LANGUAGES) assert.equal(new Intl.PluralRules(lang).resolvedOptions().locale, lang);
    for (const lang of ['se', 'smn', 'sms'] as const) assert.deepEqual(CATEGORIES[lang], ['one', 'two', 'other']);
    for (const lang of ['fi', 'sv', 'en'] as const) assert.deepEqual(CATEGORIES[lang], ['one', 'other']);
  });

  it('reads the string files of all elements and of the code labels', () => {
    for (const folder of ['packages/elements/src/shared/locales', 'packages/elements/src/activity-finder/locales', 'packages/schema/src/codes/labels']) {
      assert.ok(FOLDERS.includes(folder), `${folder} not in ${FOLDERS.join(', ')}`);
    }
    assert.ok(FOLDERS.length >= 12, FOLDERS.join(', '));
  });

  it('the Finnish-fallback rule applies only where a file says so in its type', () => {
    const partial = FOLDERS.flatMap((folder) => LANGUAGES.filter((lang) => allowsFinnishFallback(folder, lang)).map((lang) => fileOf(folder, lang)));
    // Finnish, the fallback itself, and the complete languages can never be partial.
    for (const file of partial) assert.match(file, /\/(se|smn|sms)\.ts$/, file);
  });

  it('every counted key has a string for every plural category of each locale', async () => {
    const missing: string[] = [];
    for (const folder of FOLDERS) {
      const strings = Object.fromEntries(
        await Promise.all(LANGUAGES.map(async (lang) => [lang, flatten(await loadStrings(folder, lang))] as const)),
      ) as Record<Language, Map<string, string>>;
      const groups = new Set<string>();
      for (const lang of LANGUAGES) for (const key of strings[lang].keys()) if (key.endsWith('_other')) groups.add(key.slice(0, -'_other'.length));
      for (const lang of LANGUAGES) {
        const have = strings[lang];
        const partial = allowsFinnishFallback(folder, lang);
        for (const group of groups) {
          const forms = CATEGORIES[lang].map((category) => `${group}_${category}`);
          const absent = forms.filter((key) => !have.has(key));
          if (absent.length === 0) continue;
          const anyForm = [...have.keys()].some((key) => key.replace(SUFFIX, '') === group && SUFFIX.test(key));
          if (partial && !anyForm) continue; // the whole group shows in Finnish, as the file's type allows
          for (const key of absent) missing.push(`${fileOf(folder, lang)}: ${key}${anyForm ? '' : ' (group missing)'}`);
        }
      }
    }
    assert.deepEqual(missing, [], `counted keys without a form for a plural category:\n${missing.join('\n')}`);
  });

  it('no stray plural form: every _one/_two/_zero key has its _other in the same file', async () => {
    const stray: string[] = [];
    for (const folder of FOLDERS) {
      for (const lang of LANGUAGES) {
        const have = flatten(await loadStrings(folder, lang));
        for (const key of have.keys()) {
          if (!/_(zero|one|two)$/.test(key)) continue;
          const other = key.replace(SUFFIX, '_other');
          if (!have.has(other)) stray.push(`${fileOf(folder, lang)}: ${key} without ${other}`);
          else if (/_two$/.test(key) && !CATEGORIES[lang].includes('two')) stray.push(`${fileOf(folder, lang)}: ${key} (${lang} has no dual)`);
        }
      }
    }
    assert.deepEqual(stray, [], stray.join('\n'));
  });

  it('i18next gives the Sami string, not the Finnish one, for a count of 2', async () => {
    const folder = FOLDERS.find((f) => f.endsWith('shared/locales'))!;
    // The project's own i18next instance, with its fallback of every language to Finnish.
    for (const lang of ['fi', 'se', 'smn', 'sms'] as const) i18n.addResourceBundle(lang, 'common', await loadStrings(folder, lang), true, false);
    const finnish = i18n.t('common:errorSummary.title', { lng: 'fi', count: 2 });
    assert.equal(finnish, 'Korjaa nämä 2 kohtaa');
    for (const lang of ['se', 'smn', 'sms'] as const) {
      const dual = flatten(await loadStrings(folder, lang)).get('errorSummary.title_two')!;
      assert.equal(i18n.t('common:errorSummary.title', { lng: lang, count: 2 }), dual.replace('{{count}}', '2'), lang);
    }
  });
});
