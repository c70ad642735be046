import { MUNICIPALITY_CODES } from '@linkki/schema';
import type { Database } from './database.js';
import { validPeriod, type EvaluationQuery } from './evaluation.js';
import { CSV_LANGUAGES, type CsvLanguage } from './evaluation-csv.js';
import { forbidden, invalid, onlyParameters } from './guards.js';
import type { Principal, Role } from './staff.js';

/** Who may read the evaluation: aggregates only, so also the evaluator; coordinators for their municipalities. */
export const EVALUATORS: readonly Role[] = ['evaluator', 'coordinator', 'admin'];
const PARAMETERS = new Set(['from', 'to', 'basis', 'municipality', 'threshold']);
const KNOWN = new Set<string>(MUNICIPALITY_CODES);

/** The municipalities the caller may see: her own, or (admin) every one that has referrals. */
async function visibleMunicipalities(db: Database, principal: Principal): Promise<string[]> {
  if (principal.municipalities) return principal.municipalities;
  const rows = await db.query<{ m: string }>(
    `SELECT DISTINCT COALESCE(retained->>'municipality', body->'person'->>'municipality') AS m FROM referrals ORDER BY 1`,
  );
  return rows.map((row) => row.m).filter((m) => KNOWN.has(m));
}

/**
 * `?from=YYYY-MM&to=YYYY-MM` (required, whole months, at most ten years), `&basis=received|active`,
 * `&municipality=758,698` (default: all the caller may see; one outside them is 403), `&threshold=`
 * (raises the smallest count shown), and for the CSV `&lang=fi|sv|en`. Nothing else, each once.
 */
export async function evaluationQueryOf(db: Database, principal: Principal, query: URLSearchParams, csv: boolean, minCell: number): Promise<EvaluationQuery & { lang: CsvLanguage }> {
  onlyParameters(query, csv ? [...PARAMETERS, 'lang'] : PARAMETERS);
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  if (!validPeriod(from, from)) throw invalid('from');
  if (!validPeriod(to, to) || !validPeriod(from, to)) throw invalid('to');
  const basis = query.get('basis') ?? 'received';
  if (basis !== 'received' && basis !== 'active') throw invalid('basis');
  const lang = query.get('lang') ?? 'fi';
  if (!(CSV_LANGUAGES as readonly string[]).includes(lang)) throw invalid('lang');
  const thresholdText = query.get('threshold');
  const threshold = thresholdText === null ? minCell : Number(thresholdText);
  if (!/^\d+$/.test(thresholdText ?? String(minCell)) || threshold < minCell || threshold > 100) throw invalid('threshold');
  const visible = await visibleMunicipalities(db, principal);
  const asked = query.get('municipality');
  const municipalities = asked === null ? visible : [...new Set(asked.split(','))];
  if (!municipalities.length || municipalities.length > KNOWN.size || !municipalities.every((m) => KNOWN.has(m))) throw invalid('municipality');
  if (principal.municipalities && !municipalities.every((m) => principal.municipalities!.includes(m))) throw forbidden();
  return { from, to, basis, municipalities, threshold, lang: lang as CsvLanguage };
}
