import type { CodeListName, CountTableId } from '@linkki/schema';
import type { LocalizeController } from '../i18n/index.js';
import { municipalityName } from '../shared/municipality-name.js';

/** The code list that names each table's rows (`@linkki/schema`'s labels); the report's own codes are below. */
const LISTS: Partial<Record<CountTableId, CodeListName>> = {
  status: 'caseStatus',
  route: 'route',
  reason: 'referralReason',
  referrer: 'referrerType',
  gender: 'gender',
  language: 'language',
  meetingPlace: 'meetingPlace',
  whyEnded: 'whyEnded',
  recommend: 'recommendAnswer',
  wellbeingStrengthened: 'agreementAnswer',
  continuing: 'continuing',
  barriers: 'barrier',
  unmetNeeds: 'unmetNeed',
};

/** Codes the report adds to the lists: not given, a self-referral, not routed, not asked. */
const OWN: Record<string, string> = { unknown: 'rows.unknown', self: 'rows.self', none: 'rows.none', 'not-asked': 'rows.notAsked' };

/** The label of one row of a count table, in the reader's language. */
export function rowLabel(i18n: LocalizeController, table: CountTableId, code: string): string {
  if (OWN[code]) return i18n.t(OWN[code]);
  if (table === 'municipality') return municipalityName(code, i18n.lang);
  if (table === 'ageBand') return i18n.t(`rows.ageBand.${code}`);
  if (table === 'status' && code === 'new') return i18n.t('rows.new');
  if (table === 'status' && (code === 'direct' || code === 'link-worker')) return i18n.t('rows.routed', { route: i18n.code('route', code) });
  const list = LISTS[table];
  return list ? i18n.code(list, code) : code;
}
