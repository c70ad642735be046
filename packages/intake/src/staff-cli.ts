// `linkki-intake staff …`: add, list, revoke and rotate personal API keys from the command line,
// against the same database as the service (DATABASE_URL, else PGlite in LINKKI_INTAKE_DATA_DIR).
import { parseArgs } from 'node:util';
import type { IntakeConfig } from './config.js';
import { openDatabase } from './database.js';
import { staffIssues, StaffStore, type NewStaff, type Role } from './staff.js';
import { IntakeStore } from './store.js';

export const STAFF_USAGE = `Usage:
  linkki-intake staff add --name "…" --role coordinator|link-worker|evaluator|admin --municipality 758,320
                          [--language fi,se] [--area "…"] [--expires 2027-06-30]
  linkki-intake staff list
  linkki-intake staff revoke <staff id>      revokes every key of hers and disables her
  linkki-intake staff key <staff id> [--expires 2027-06-30]   a new key; her old keys are revoked
A key is printed once; only its hash is stored.`;

const list = (value: string | undefined) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
/** The CLI acts as nobody's key: its audit rows name the role 'cli'. */
const CLI = { staffId: null, role: 'cli' as Role, municipalities: null };

/** Runs one staff command; returns the exit code. Output goes to `out`, problems to `err`. */
export async function staffCommand(args: string[], config: IntakeConfig, out = console.log, err = console.error): Promise<number> {
  const [command, ...rest] = args;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, municipality: { type: 'string' }, language: { type: 'string' }, area: { type: 'string' }, expires: { type: 'string' } },
    });
  } catch (error) {
    err(`${(error as Error).message}\n${STAFF_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const input: NewStaff = {
    name: values.name ?? '',
    role: values.role as Role,
    municipalities: list(values.municipality),
    languages: list(values.language),
    area: values.area ?? null,
    expires: values.expires ?? null,
  };
  if (command === 'add') {
    const issues = staffIssues(input);
    if (issues.length) {
      err(`Check ${issues.map((i) => `--${i.path[0] === 'municipalities' ? 'municipality' : i.path[0] === 'languages' ? 'language' : i.path[0]}`).join(', ')}.\n${STAFF_USAGE}`);
      return 2;
    }
  } else if (command === 'revoke' || command === 'key') {
    if (positionals.length !== 1) {
      err(STAFF_USAGE);
      return 2;
    }
    if (values.expires && !(Date.parse(values.expires) > Date.now())) {
      err('--expires: a date in the future, e.g. 2027-06-30');
      return 2;
    }
  } else if (command !== 'list') {
    err(STAFF_USAGE);
    return 2;
  }

  let db;
  try {
    db = await openDatabase(config);
  } catch (error) {
    const message = (error as Error).message;
    err(
      /in use by process/.test(message)
        ? `${message}\nThe service is probably running on this data directory. While it runs, manage staff over its HTTP API with an admin key: POST /staff, GET /staff, POST /staff/<id>/revoke, POST /staff/<id>/key.`
        : `Could not open the database: ${message}`,
    );
    return 1;
  }
  try {
    const staff = new StaffStore(db);
    const audit = new IntakeStore(db);
    if (command === 'add') {
      const { staff: added, key } = await staff.add(input);
      await audit.audit(CLI, 'staff-add', null, { staffId: added.id, role: added.role });
      out(`Added ${added.role} ${added.name} (${added.id}).\nKey (shown once, store it now): ${key}`);
    } else if (command === 'list') {
      for (const s of await staff.list()) {
        const active = s.keys.filter((k) => !k.revokedAt && (!k.expiresAt || Date.parse(k.expiresAt) > Date.now()));
        const expiry = active.map((k) => k.expiresAt).filter(Boolean).join(', ');
        out(
          [s.id, s.role, s.name, s.municipalities.join(',') || 'all', s.languages.join(',') || '-', s.disabled ? 'disabled' : 'enabled', `${active.length} active key(s)${expiry ? ` expiring ${expiry}` : ''}`].join('\t'),
        );
      }
    } else if (command === 'revoke') {
      if (!(await staff.revoke(positionals[0]!))) {
        err(`No staff member ${positionals[0]}.`);
        return 1;
      }
      await audit.audit(CLI, 'staff-revoke', null, { staffId: positionals[0] });
      out(`Revoked every key of ${positionals[0]} and disabled her. A running service that verified one of them in the last minute may accept it until its cache expires (at most 60 s).`);
    } else {
      const key = await staff.rotate(positionals[0]!, values.expires ?? null);
      if (!key) {
        err(`No staff member ${positionals[0]}.`);
        return 1;
      }
      await audit.audit(CLI, 'staff-key', null, { staffId: positionals[0] });
      out(`New key for ${positionals[0]} (shown once; her earlier keys are revoked): ${key}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
