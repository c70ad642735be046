import { foldForSearch, type Activity } from '@linkki/schema';
import type { Database } from '../database.js';
import type { Principal } from '../staff.js';
import { serviceIdOf } from './hsds-feed.js';

/**
 * The activity catalogue (palvelutarjotin) as rows: one validated `Activity` per row (`body`), with
 * the columns the feed filters on. Appended to MIGRATIONS in database.ts; the same SQL on PGlite and
 * PostgreSQL. Nothing of a person is stored here.
 */
export const CATALOGUE_MIGRATION = `CREATE TABLE activities (
     id text PRIMARY KEY,
     service_id uuid NOT NULL UNIQUE,
     municipality text NOT NULL,
     body jsonb NOT NULL,
     search text NOT NULL,
     categories text[] NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     modified_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX activities_municipality ON activities (municipality);
   CREATE INDEX activities_modified_at ON activities (modified_at);`;

export interface StoredActivity {
  activity: Activity;
  serviceId: string;
  modifiedAt: string;
}

export interface ActivityQuery {
  /** Words that must all occur (folded: no case, no diacritics) in the activity's texts. */
  words?: string[];
  category?: string;
  modifiedAfter?: Date;
  page: number;
  perPage: number;
}

export interface SaveOutcome {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Ids that exist in a municipality the caller may not change. */
  refused: string[];
}

/** Every text a person could search for, folded as `foldForSearch` folds a query. */
export function searchTextOf(activity: Activity): string {
  const texts = [
    ...Object.values(activity.name),
    ...Object.values(activity.description ?? {}),
    activity.organisation.name,
    activity.location?.name,
    activity.location?.address?.city,
  ];
  return foldForSearch(texts.filter((t): t is string => typeof t === 'string').join(' \n '));
}

/** A LIKE pattern matching `word` anywhere, with LIKE's own characters escaped. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const iso = (value: Date | string) => new Date(value).toISOString();
const BATCH = 500;

export class CatalogueStore {
  constructor(private readonly db: Database) {}

  /**
   * Adds or replaces activities by id. A row in a municipality outside `municipalities` (null: all)
   * is left as it is and its id reported as refused; a row whose body does not change keeps its
   * modification time. One statement per batch of 500.
   */
  async save(activities: Activity[], municipalities: string[] | null): Promise<SaveOutcome> {
    const outcome: SaveOutcome = { created: [], updated: [], unchanged: [], refused: [] };
    for (let start = 0; start < activities.length; start += BATCH) {
      const batch = activities.slice(start, start + BATCH);
      const rows = batch.map((a) => ({ id: a.id, serviceId: serviceIdOf(a.id), municipality: a.municipality, body: a, search: searchTextOf(a), categories: a.categories }));
      const result = await this.db.query<{ id: string; before: string | null; written: boolean; same: boolean }>(
        `WITH input AS (
           SELECT x->>'id' AS id, (x->>'serviceId')::uuid AS service_id, x->>'municipality' AS municipality, x->'body' AS body, x->>'search' AS search,
             ARRAY(SELECT jsonb_array_elements_text(x->'categories')) AS categories
           FROM jsonb_array_elements($1::jsonb) AS x
         ), before AS (
           SELECT a.id, a.municipality, a.body FROM activities a JOIN input i ON i.id = a.id
         ), written AS (
           INSERT INTO activities (id, service_id, municipality, body, search, categories)
           SELECT id, service_id, municipality, body, search, categories FROM input
           ON CONFLICT (id) DO UPDATE SET municipality = EXCLUDED.municipality, body = EXCLUDED.body, search = EXCLUDED.search,
             categories = EXCLUDED.categories, modified_at = now()
           WHERE activities.body IS DISTINCT FROM EXCLUDED.body AND ($2::text[] IS NULL OR activities.municipality = ANY ($2::text[]))
           RETURNING id
         )
         SELECT i.id, b.municipality AS before, EXISTS (SELECT 1 FROM written w WHERE w.id = i.id) AS written,
           b.body IS NOT DISTINCT FROM i.body AS same
         FROM input i LEFT JOIN before b ON b.id = i.id`,
        [JSON.stringify(rows), municipalities],
      );
      for (const row of result) {
        if (row.written) (row.before === null ? outcome.created : outcome.updated).push(row.id);
        else if (row.same) outcome.unchanged.push(row.id);
        else outcome.refused.push(row.id);
      }
    }
    return outcome;
  }

  /** One activity by its Linkki id or its HSDS service id. */
  async get(id: string): Promise<StoredActivity | undefined> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
    const [row] = await this.db.query<{ body: Activity; service_id: string; modified_at: Date | string }>(
      'SELECT body, service_id, modified_at FROM activities WHERE id = $1 OR service_id = $2::uuid LIMIT 1',
      [id, uuid],
    );
    return row && { activity: row.body, serviceId: row.service_id, modifiedAt: iso(row.modified_at) };
  }

  /** A page of activities, ordered by id, and how many match in all. */
  async list(query: ActivityQuery): Promise<{ total: number; items: StoredActivity[] }> {
    const patterns = query.words?.length ? query.words.map(containing) : null;
    const where = `($1::text[] IS NULL OR search LIKE ALL ($1::text[])) AND ($2::text IS NULL OR $2 = ANY (categories)) AND ($3::timestamptz IS NULL OR modified_at >= $3)`;
    const params = [patterns, query.category ?? null, query.modifiedAfter?.toISOString() ?? null];
    const [{ total }] = (await this.db.query<{ total: string | number }>(`SELECT count(*) AS total FROM activities WHERE ${where}`, params)) as [{ total: string | number }];
    const rows = await this.db.query<{ body: Activity; service_id: string; modified_at: Date | string }>(
      `SELECT body, service_id, modified_at FROM activities WHERE ${where} ORDER BY id LIMIT $4 OFFSET $5`,
      [...params, query.perPage, (query.page - 1) * query.perPage],
    );
    return { total: Number(total), items: rows.map((row) => ({ activity: row.body, serviceId: row.service_id, modifiedAt: iso(row.modified_at) })) };
  }

  /**
   * Replaces one activity, only when its stored municipality is among `municipalities`; the audit
   * row is written in the same statement. `missing` when there is no such activity.
   */
  async edit(activity: Activity, municipalities: string[], actor: Principal): Promise<'edited' | 'unchanged' | 'missing' | 'refused'> {
    const [row] = await this.db.query<{ before: string | null; same: boolean; written: boolean }>(
      `WITH old AS (SELECT municipality, body FROM activities WHERE id = $1),
       written AS (
         UPDATE activities SET body = $2, municipality = $3, search = $4, categories = $5, modified_at = now()
         WHERE id = $1 AND municipality = ANY ($6::text[]) AND body IS DISTINCT FROM $2::jsonb RETURNING id
       ), logged AS (
         INSERT INTO audit (staff_id, role, action, referral_id, detail)
         SELECT $7, $8, 'catalogue-edit', NULL, jsonb_build_object('activityId', $1::text, 'municipality', $3::text, 'from', (SELECT municipality FROM old)) FROM written
       )
       SELECT (SELECT municipality FROM old) AS before, (SELECT body FROM old) = $2::jsonb AS same, EXISTS (SELECT 1 FROM written) AS written`,
      [activity.id, JSON.stringify(activity), activity.municipality, searchTextOf(activity), activity.categories, municipalities, actor.staffId, actor.role],
    );
    if (!row || row.before === null) return 'missing';
    if (!municipalities.includes(row.before)) return 'refused';
    return row.written ? 'edited' : 'unchanged';
  }
}
