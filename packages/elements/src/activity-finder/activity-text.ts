import { LAPLAND_MUNICIPALITIES, type Activity, type ScheduleRule } from '@linkki/schema';
import { formatDaysAgo } from '../i18n/format.js';
import type { LocalizeController } from '../i18n/index.js';
import { nextOccurrence } from './schedule.js';

type Localised = Partial<Record<string, string | undefined>>;

/** Text in the reader's language, else Finnish, else any language it was written in. */
export function inLanguage(text: Localised | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.fi ?? Object.values(text).find(Boolean) ?? '';
}

const municipalityNames = new Map<string, Localised>(LAPLAND_MUNICIPALITIES.map((m) => [m.code, m.name as Localised]));

/**
 * The language of what `inLanguage(text, lang)` gives, when it is not `lang` (a Finnish name in a
 * Sami finder): for a `lang` attribute, so a screen reader reads it, and the browser hyphenates it, in its own language.
 */
export function otherLanguage(text: Localised | undefined, lang: string): string | undefined {
  if (!text || text[lang]) return undefined;
  if (text.fi) return 'fi';
  return Object.entries(text).find(([, value]) => Boolean(value))?.[0];
}

export const municipalityName = (code: string, lang: string) => inLanguage(municipalityNames.get(code), lang) || code;

export function placeOf(activity: Activity, lang: string): string {
  const location = activity.location;
  const parts = [location?.name, location?.address?.city ?? municipalityName(activity.municipality, lang)];
  return [...new Set(parts.filter(Boolean))].join(', ');
}

function timeText(i18n: LocalizeController, time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return i18n.date(new Date(2024, 0, 1, hours, minutes), { hour: 'numeric', minute: '2-digit' });
}

/** "joka toinen torstai klo 13.00" from a structured rule. */
export function ruleText(i18n: LocalizeController, rule: ScheduleRule): string {
  // The weekday in its form inside a sentence (Inari Sami 'jyehi vuossaargâ', not 'vuossargâ').
  const values = { weekday: i18n.weekday(rule.weekday, 'format'), time: timeText(i18n, rule.start), nth: rule.weekOfMonth };
  if (rule.frequency === 'monthly') return i18n.t(rule.weekOfMonth === -1 ? 'activity.schedule.monthlyLast' : 'activity.schedule.monthly', values);
  return i18n.t(`activity.schedule.${rule.frequency}`, values);
}

/** The schedule in plain words: the rules, else the provider's own text, else "ask the organiser". */
export function scheduleText(i18n: LocalizeController, activity: Activity): string {
  const rules = activity.schedule?.rules ?? [];
  if (rules.length) return rules.map((rule) => ruleText(i18n, rule)).join(', ');
  return inLanguage(activity.schedule?.text, i18n.lang) || i18n.t('activity.schedule.none');
}

export function nextText(i18n: LocalizeController, activity: Activity, today: string): string | undefined {
  const next = nextOccurrence(activity.schedule, today);
  return next ? i18n.t('activity.schedule.next', { date: i18n.date(next.date, { weekday: 'short', day: 'numeric', month: 'numeric' }) }) : undefined;
}

export function checkedText(i18n: LocalizeController, activity: Activity, today: string): string {
  const days = Math.max(0, Math.round((Date.parse(today) - Date.parse(activity.checked)) / 86_400_000));
  return i18n.t('activity.checked', { when: formatDaysAgo(i18n.lang, days) });
}

/** http(s) links only: anything else in catalogue data (`javascript:`…) is never made a link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
