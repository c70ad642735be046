import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import type { Database } from './database.js';
import { storable } from './storable.js';

export const ROLES = ['coordinator', 'link-worker', 'evaluator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling. `municipalities: null` means every municipality (admin); `staffId: null` only for
 * the bootstrap admin key (`LINKKI_INTAKE_TOKEN`), which is nobody's personal key.
 */
export interface Principal {
  staffId: string | null;
  role: Role;
  municipalities: string[] | null;
}

export interface Staff {
  id: string;
  name: string;
  role: Role;
  municipalities: string[];
  languages: string[];
  area: string | null;
  disabled: boolean;
  createdAt: string;
  keys: { id: string; createdAt: string; expiresAt: string | null; revokedAt: string | null }[];
}

export interface NewStaff {
  name: string;
  role: Role;
  municipalities: string[];
  languages?: string[];
  area?: string | null;
  /** When the first key stops working (ISO date or timestamp); none: it works until revoked. */
  expires?: string | null;
}

/** A personal key is `lnk_<key id: 16 hex>_<secret: 32 random bytes, base64url>`; the id finds the row. */
const KEY = /^lnk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const MUNICIPALITY = /^\d{3}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
/** scrypt's defaults (N = 2^14, r = 8, p = 1: 16 MiB, some tens of ms), a 32-byte hash. */
const HASH_BYTES = 32;

const scryptAsync = (secret: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) => scrypt(secret, salt, HASH_BYTES, (error, hash) => (error ? reject(error) : resolve(hash))));

/** The key's cache name: a SHA-256, so the cache never holds a key itself. */
export const keyDigest = (key: string) => createHash('sha256').update(key).digest('base64url');
export const looksLikeKey = (token: string) => token.startsWith('lnk_');

/** Checks a new staff member's fields; returns the problems as issue paths (none: fine). */
export function staffIssues(input: Partial<NewStaff>): { path: string[]; code: string }[] {
  const issues: { path: string[]; code: string }[] = [];
  const bad = (path: string) => issues.push({ path: [path], code: 'invalid' });
  if (typeof input.name !== 'string' || !input.name.trim() || input.name.length > 200 || !storable(input.name)) bad('name');
  if (!ROLES.includes(input.role as Role)) bad('role');
  const municipalities = input.municipalities;
  if (!Array.isArray(municipalities) || !municipalities.every((m) => typeof m === 'string' && MUNICIPALITY.test(m))) bad('municipalities');
  else if (municipalities.length === 0 && input.role !== 'admin') bad('municipalities');
  if (input.languages !== undefined && (!Array.isArray(input.languages) || !input.languages.every((l) => typeof l === 'string' && LANGUAGE.test(l)))) bad('languages');
  if (input.area !== undefined && input.area !== null && (typeof input.area !== 'string' || input.area.length > 200 || !storable(input.area))) bad('area');
  if (input.expires !== undefined && input.expires !== null && (typeof input.expires !== 'string' || !(Date.parse(input.expires) > Date.now()))) bad('expires');
  return issues;
}

interface StaffRow {
  id: string;
  name: string;
  role: Role;
  municipalities: string[];
  languages: string[];
  area: string | null;
  disabled: boolean;
  created_at: Date | string;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Staff members and their personal API keys. Only a salted scrypt hash of a key is stored. */
export class StaffStore {
  constructor(readonly db: Database) {}

  /** Adds a staff member with a first key; returns the key, which is shown this once. */
  async add(input: NewStaff, id: string = randomUUID()): Promise<{ staff: Staff; key: string }> {
    await this.db.query('INSERT INTO staff (id, name, role, municipalities, languages, area) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      input.name.trim(),
      input.role,
      input.municipalities,
      input.languages ?? [],
      input.area ?? null,
    ]);
    const key = await this.issueKey(id, input.expires ?? null);
    return { staff: (await this.get(id))!, key };
  }

  /** Adds the staff member with this id unless one exists (the demo's fixed staff); returns whether it was added. */
  async ensure(id: string, input: Omit<NewStaff, 'expires'>): Promise<boolean> {
    const rows = await this.db.query(
      'INSERT INTO staff (id, name, role, municipalities, languages, area) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING id',
      [id, input.name.trim(), input.role, input.municipalities, input.languages ?? [], input.area ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Stores a key whose id and secret are given (the demo's fixed keys); does nothing when a key
   * with that id exists. Returns the key.
   */
  async ensureKey(staffId: string, keyId: string, secret: string): Promise<string> {
    const salt = randomBytes(16);
    await this.db.query('INSERT INTO staff_keys (id, staff_id, salt, hash) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING', [
      keyId,
      staffId,
      salt,
      await scryptAsync(secret, salt),
    ]);
    return `lnk_${keyId}_${secret}`;
  }

  /** A new key for the staff member: 32 random bytes, of which only the salted scrypt hash is kept. */
  async issueKey(staffId: string, expires: string | null = null): Promise<string> {
    const keyId = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const salt = randomBytes(16);
    await this.db.query('INSERT INTO staff_keys (id, staff_id, salt, hash, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      keyId,
      staffId,
      salt,
      await scryptAsync(secret, salt),
      expires ? new Date(expires).toISOString() : null,
    ]);
    return `lnk_${keyId}_${secret}`;
  }

  /** Revokes every key of the staff member and disables her (OIDC sign-ins too). False when there is no such staff. */
  async revoke(staffId: string): Promise<boolean> {
    const rows = await this.db.query(
      `WITH keys AS (UPDATE staff_keys SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL)
       UPDATE staff SET disabled = true WHERE id = $1 RETURNING id`,
      [staffId],
    );
    return rows.length > 0;
  }

  /** Rotates: revokes her current keys, enables her and issues a new key. Undefined when there is no such staff. */
  async rotate(staffId: string, expires: string | null = null): Promise<string | undefined> {
    const rows = await this.db.query(
      `WITH keys AS (UPDATE staff_keys SET revoked_at = now() WHERE staff_id = $1 AND revoked_at IS NULL)
       UPDATE staff SET disabled = false WHERE id = $1 RETURNING id`,
      [staffId],
    );
    return rows.length ? this.issueKey(staffId, expires) : undefined;
  }

  async get(id: string): Promise<Staff | undefined> {
    return (await this.list(id))[0];
  }

  /** Everyone (or one), with their keys' ids and dates; never a secret or hash. */
  async list(id?: string): Promise<Staff[]> {
    const rows = await this.db.query<StaffRow>('SELECT * FROM staff WHERE ($1::text IS NULL OR id = $1) ORDER BY created_at, id', [id ?? null]);
    const keys = await this.db.query<{ id: string; staff_id: string; created_at: Date; expires_at: Date | null; revoked_at: Date | null }>(
      'SELECT id, staff_id, created_at, expires_at, revoked_at FROM staff_keys WHERE ($1::text IS NULL OR staff_id = $1) ORDER BY created_at, id',
      [id ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role,
      municipalities: row.municipalities,
      languages: row.languages,
      area: row.area,
      disabled: row.disabled,
      createdAt: iso(row.created_at)!,
      keys: keys
        .filter((k) => k.staff_id === row.id)
        .map((k) => ({ id: k.id, createdAt: iso(k.created_at)!, expiresAt: iso(k.expires_at), revokedAt: iso(k.revoked_at) })),
    }));
  }

  /**
   * The principal a personal key stands for, with the time it stops being valid (its expiry);
   * undefined when the key is malformed, unknown, wrong, revoked, expired or its staff disabled.
   * One scrypt per call, compared in constant time.
   */
  async verifyKey(key: string): Promise<{ principal: Principal; expiresAt: number | null } | undefined> {
    const match = KEY.exec(key);
    if (!match) return undefined;
    const [, keyId, secret] = match as unknown as [string, string, string];
    const [row] = await this.db.query<{ salt: Buffer | Uint8Array; hash: Buffer | Uint8Array; expires_at: Date | string | null; staff_id: string; role: Role; municipalities: string[] }>(
      `SELECT k.salt, k.hash, k.expires_at, s.id AS staff_id, s.role, s.municipalities FROM staff_keys k JOIN staff s ON s.id = k.staff_id
       WHERE k.id = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND NOT s.disabled`,
      [keyId],
    );
    // Unknown ids cost a scrypt too, so timing does not tell which key ids exist.
    const salt = row ? Buffer.from(row.salt) : Buffer.alloc(16);
    const hash = await scryptAsync(secret, salt);
    if (!row || !timingSafeEqual(hash, Buffer.from(row.hash))) return undefined;
    return {
      principal: principalOf(row.staff_id, row.role, row.municipalities),
      expiresAt: row.expires_at === null ? null : new Date(row.expires_at).getTime(),
    };
  }

  /**
   * The staff row of an OpenID Connect subject, created on first sign-in and updated from the
   * token's claims on each; undefined when an admin has disabled it.
   */
  async upsertOidc(subject: string, name: string, role: Role, municipalities: string[]): Promise<Principal | undefined> {
    const [row] = await this.db.query<{ id: string; disabled: boolean }>(
      `INSERT INTO staff (id, name, role, municipalities, oidc_subject) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (oidc_subject) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, municipalities = EXCLUDED.municipalities
       RETURNING id, disabled`,
      [randomUUID(), name, role, municipalities, subject],
    );
    return row && !row.disabled ? principalOf(row.id, role, municipalities) : undefined;
  }
}

/** Admins see every municipality, whatever their row says. */
export function principalOf(staffId: string | null, role: Role, municipalities: string[]): Principal {
  return { staffId, role, municipalities: role === 'admin' ? null : municipalities };
}
