// `linkki-intake catalogue import --from csv|hsds|ptv|linkki <file> [--channels channels.json]`: the
// catalogue import of the API (POST /catalogue/import) from the command line, into the same database
// as the service (DATABASE_URL, else PGlite in LINKKI_INTAKE_DATA_DIR), as an admin would: any municipality.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { IntakeConfig } from '../config.js';
import { openDatabase } from '../database.js';
import type { Role } from '../staff.js';
import { IntakeStore } from '../store.js';
import { IMPORT_FORMATS, parseImport, type ImportFormat } from './import.js';
import { CatalogueStore } from './store.js';

export const CATALOGUE_USAGE = `Usage:
  linkki-intake catalogue import --from csv|hsds|ptv|linkki <file> [--channels channels.json]
csv: the spreadsheet of "Activity catalogue data"; hsds: Open Referral HSDS 3.0 services; ptv: PTV Open API
v11 services, with their channels in the same file ({ services, serviceChannels }) or in --channels;
linkki: a Linkki catalogue. Adds or replaces activities by id; prints each entry left out, with its reason.`;

/** The CLI acts as nobody's key: its audit rows name the role 'cli'. */
const CLI = { staffId: null, role: 'cli' as Role, municipalities: null };

export async function catalogueCommand(args: string[], config: IntakeConfig, out = console.log, err = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' }, channels: { type: 'string' } } });
  } catch (error) {
    err(`${(error as Error).message}\n${CATALOGUE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const format = values.from as ImportFormat;
  if (positionals[0] !== 'import' || positionals.length !== 2 || !IMPORT_FORMATS.includes(format) || (values.channels && format !== 'ptv')) {
    err(CATALOGUE_USAGE);
    return 2;
  }
  let body: unknown;
  try {
    const text = readFileSync(positionals[1]!, 'utf8');
    body = format === 'csv' ? text : JSON.parse(text);
    if (values.channels) body = { services: body, serviceChannels: JSON.parse(readFileSync(values.channels, 'utf8')) };
  } catch (error) {
    err(`Cannot read ${values.channels ?? positionals[1]}: ${(error as Error).message}`);
    return 2;
  }
  const { activities, skipped } = parseImport(format, body, new Date().toISOString().slice(0, 10));
  const db = await openDatabase(config);
  try {
    const outcome = await new CatalogueStore(db).save(activities, null);
    const counts = { created: outcome.created.length, updated: outcome.updated.length, unchanged: outcome.unchanged.length, skipped: skipped.length };
    await new IntakeStore(db).audit(CLI, 'catalogue-import', null, { format, ...counts });
    for (const entry of skipped) {
      const where = entry.line !== undefined ? `line ${entry.line}` : entry.index !== undefined ? `entry ${entry.index + 1}` : 'entry';
      const issues = entry.issues?.map((i) => `${i.path.join('.') || '–'}: ${i.code}`).join(', ');
      err(`${where}${entry.id ? ` (${entry.id})` : ''} left out: ${entry.reason}${entry.message ? ` — ${entry.message}` : ''}${issues ? ` (${issues})` : ''}`);
    }
    out(`${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} left out.`);
    return 0;
  } finally {
    await db.close();
  }
}
