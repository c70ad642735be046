import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { COUNT_TABLE_IDS, COUNT_TABLES, ENDING_REASONS, type Suppression } from '@linkki/schema';
import { exposure, protect, type ProtectInput, type Relation } from '../src/suppression.js';

type Hidden = Record<string, Suppression>;
type Ranges = Record<string, [number, number]>;

// Random small reports built from people, so that every table is consistent with every other.

const STATUSES = ['new', 'ongoing', 'completed', 'interrupted', 'no-joint-work'] as const;
const CLOSING = ['completed', 'interrupted', 'no-joint-work'];

interface Shape {
  /** Row counts of the plain tables over all referrals (gender-like). */
  plain: number[];
  /** Rows of the table over the closed cases. */
  answers: number;
  /** Rows of the multi-response table (each person has at least one). */
  reasons: number;
  threshold: number;
}

interface Person {
  plain: number[];
  status: number;
  answer: number;
  reasons: number[];
}

const shapes = fc.record({
  plain: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
  answers: fc.integer({ min: 2, max: 3 }),
  reasons: fc.integer({ min: 2, max: 3 }),
  threshold: fc.integer({ min: 5, max: 7 }),
});

const person = (shape: Shape): fc.Arbitrary<Person> =>
  fc.record({
    plain: fc.tuple(...shape.plain.map((rows) => fc.nat(rows - 1))),
    status: fc.nat(STATUSES.length - 1),
    answer: fc.nat(shape.answers - 1),
    reasons: fc.uniqueArray(fc.nat(shape.reasons - 1), { minLength: 1, maxLength: shape.reasons }),
  });

const reports = (maxPeople: number) =>
  shapes.chain((shape) => fc.array(person(shape), { maxLength: maxPeople }).map((people) => reportOf(shape, people)));

/**
 * Referrals T; a status table over T whose closing rows add up to `closed`; plain tables over T; an
 * answer table over `closed`; a multi-response reason table (Σ ≥ T); a summary n = ongoing + completed.
 */
function reportOf(shape: Shape, people: Person[]): ProtectInput {
  const input: ProtectInput = { cells: {}, groups: {}, relations: [], threshold: shape.threshold };
  const closed = people.filter((p) => CLOSING.includes(STATUSES[p.status]!));
  single(input, 'referrals', people.length);
  single(input, 'closed', closed.length);
  table(input, 'status', [...STATUSES], people.map((p) => [p.status]), 'referrals', '=');
  input.relations.push({ parts: CLOSING.map((code) => `status/${code}`), total: 'closed', op: '=' });
  shape.plain.forEach((rows, k) => table(input, `plain${k}`, codes(rows), people.map((p) => [p.plain[k]!]), 'referrals', '='));
  table(input, 'answer', codes(shape.answers), closed.map((p) => [p.answer]), 'closed', '=');
  table(input, 'reason', codes(shape.reasons), people.map((p) => p.reasons), 'referrals', '>=');
  single(input, 'summary/meetings#n', input.cells['status/ongoing']! + input.cells['status/completed']!);
  input.relations.push({ parts: ['status/ongoing', 'status/completed'], total: 'summary/meetings#n', op: '=' });
  return input;
}

const codes = (rows: number) => Array.from({ length: rows }, (_, i) => `r${i}`);

function single(input: ProtectInput, id: string, count: number) {
  input.cells[id] = count;
  input.groups[id] = [id];
}

function table(input: ProtectInput, name: string, rows: string[], memberships: number[][], total: string, op: Relation['op']) {
  const ids = rows.map((code) => `${name}/${code}`);
  for (const id of ids) input.cells[id] = 0;
  for (const rowsOfPerson of memberships) for (const row of rowsOfPerson) input.cells[ids[row]!]! += 1;
  input.groups[`table/${name}`] = ids;
  input.relations.push({ parts: ids, total, op });
}

// An independent check: the attacker's ranges by exhaustive search, no solver.

/**
 * Each hidden cell's [min, max] over every integer assignment of the hidden cells that fits the
 * markers and satisfies every relation, published cells fixed: depth-first over the hidden cells
 * linked to it, pruning an assignment as soon as a relation can no longer hold.
 */
function searchRanges(input: ProtectInput, hidden: Hidden): Ranges {
  const cap = 2 * Math.max(input.threshold, ...Object.values(input.cells));
  const domain = (id: string): [number, number] =>
    hidden[id] === 'small' ? [1, input.threshold - 1] : hidden[id] === 'complementary' ? [input.threshold, cap] : [0, cap];
  const touching = (id: string) => input.relations.filter((r) => r.total === id || r.parts.includes(id));
  const ranges: Ranges = {};
  for (const id of Object.keys(hidden).sort()) {
    const order = linked(input, hidden, id, touching);
    const fits = (value: number) => satisfiable(input, order, new Map([[id, value]]), domain, touching);
    const [low, high] = domain(id);
    let min = low;
    while (min <= high && !fits(min)) min += 1;
    let max = high;
    while (max >= min && !fits(max)) max -= 1;
    assert.ok(min <= max, `${id}: no assignment fits the markers`);
    ranges[id] = [min, max];
  }
  return ranges;
}

function linked(input: ProtectInput, hidden: Hidden, start: string, touching: (id: string) => Relation[]): string[] {
  const order = [start];
  for (let i = 0; i < order.length; i++) {
    for (const other of touching(order[i]!).flatMap((r) => [...r.parts, r.total])) if (hidden[other] && !order.includes(other)) order.push(other);
  }
  return order;
}

function satisfiable(
  input: ProtectInput,
  order: string[],
  values: Map<string, number>,
  domain: (id: string) => [number, number],
  touching: (id: string) => Relation[],
): boolean {
  const interval = (id: string): [number, number] => {
    const known = values.get(id) ?? (order.includes(id) ? undefined : input.cells[id]);
    return known === undefined ? domain(id) : [known, known];
  };
  const holds = (relation: Relation) => {
    const [totalLow, totalHigh] = interval(relation.total);
    let [low, high] = [-totalHigh, -totalLow];
    for (const id of relation.parts) {
      const [a, b] = interval(id);
      low += a;
      high += b;
    }
    return relation.op === '=' ? low <= 0 && high >= 0 : high >= 0;
  };
  const search = (i: number): boolean => {
    const id = order[i];
    if (id === undefined) return true;
    if (values.has(id)) return search(i + 1);
    const [low, high] = domain(id);
    for (let value = low; value <= high; value++) {
      values.set(id, value);
      if (touching(id).every(holds) && search(i + 1)) return true;
    }
    values.delete(id);
    return false;
  };
  return [...values.keys()].every((id) => touching(id).every(holds)) && search(0);
}

// What every protected report must satisfy.

function assertProtected(input: ProtectInput, hidden: Hidden, ranges: Ranges) {
  const t = input.threshold;
  for (const [id, count] of Object.entries(input.cells)) {
    const marker = hidden[id];
    if (count >= 1 && count < t) assert.ok(marker === 'small' || marker === 'withheld', `${id} = ${count} is published`);
    if (count === 0) assert.ok(marker === undefined || marker === 'withheld', `zero ${id} is hidden as ${marker}`);
    if (marker === 'complementary') assert.ok(count >= t, `${id} = ${count} is complementary`);
    if (!marker) continue;
    const [min, max] = ranges[id]!;
    assert.ok(min <= count && count <= max, `${id} = ${count} outside its range [${min}, ${max}]`);
    if (count >= 1 && count < t) assert.ok(max - min >= 2, `${id} = ${count} narrowed to [${min}, ${max}]`);
  }
}

const primaryOnly = (input: ProtectInput): Hidden =>
  Object.fromEntries(Object.entries(input.cells).filter(([, n]) => n >= 1 && n < input.threshold).map(([id]) => [id, 'small']));

describe('protect: random reports built from people', () => {
  it('publishes no count from 1 to threshold − 1, shows zeros unless withheld, leaves every hidden small count at least 2 wide (70 reports, 0–40 people)', async () => {
    await fc.assert(
      fc.asyncProperty(reports(40), async (input) => {
        const hidden = await protect(input);
        assertProtected(input, hidden, await exposure(input, hidden));
      }),
      { numRuns: 70 },
    );
  });

  it('exposure equals the ranges found by exhaustive search, for the protected and the primary-only markers (60 reports, 0–8 people)', async () => {
    await fc.assert(
      fc.asyncProperty(reports(8), async (input) => {
        for (const hidden of [await protect(input), primaryOnly(input)]) {
          assert.deepEqual(await exposure(input, hidden), searchRanges(input, hidden), JSON.stringify(hidden));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result whatever the order of cells, groups and relations (20 reports)', async () => {
    await fc.assert(
      fc.asyncProperty(reports(25), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), async (input, noise) => {
        const shuffle = <T>(items: T[]) => items.map((item) => [noise.next().value as number, item] as const).sort(([a], [b]) => a - b).map(([, item]) => item);
        const shuffled: ProtectInput = {
          cells: Object.fromEntries(shuffle(Object.entries(input.cells))),
          groups: Object.fromEntries(shuffle(Object.entries(input.groups))),
          relations: shuffle(input.relations.map((r) => ({ ...r, parts: shuffle(r.parts) }))),
          threshold: input.threshold,
        };
        assert.deepEqual(Object.entries(await protect(shuffled)), Object.entries(await protect(input)));
      }),
      { numRuns: 20 },
    );
  });
});

/** One table: `rows` add up to `total`, the rows one group, the total a group of its own. */
function oneTable(rows: Record<string, number>, threshold = 5): ProtectInput {
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return {
    cells: { ...rows, total },
    groups: { table: Object.keys(rows), total: ['total'] },
    relations: [{ parts: Object.keys(rows), total: 'total', op: '=' }],
    threshold,
  };
}

async function protectAndCheck(input: ProtectInput) {
  const hidden = await protect(input);
  const ranges = await exposure(input, hidden);
  assertProtected(input, hidden, ranges);
  assert.deepEqual(ranges, searchRanges(input, hidden));
  return { hidden, ranges };
}

describe('protect: hand-written cases', () => {
  it('{1, 5} with total 6: the 1 is not left to subtraction (hiding the 5 would not help; the total does)', async () => {
    const { hidden, ranges } = await protectAndCheck(oneTable({ a: 1, b: 5 }));
    assert.deepEqual(hidden, { a: 'small', total: 'complementary' });
    assert.deepEqual(ranges.a, [1, 4]);
  });

  it('{1, 5} whose total 6 is also the total of a published {6, 0}: the total and that 6 are hidden too', async () => {
    const input = oneTable({ a: 1, b: 5 });
    input.cells = { ...input.cells, g1: 6, g2: 0 };
    input.groups.other = ['g1', 'g2'];
    input.relations.push({ parts: ['g1', 'g2'], total: 'total', op: '=' });
    const { hidden, ranges } = await protectAndCheck(input);
    assert.deepEqual(hidden, { a: 'small', g1: 'complementary', total: 'complementary' });
    assert.deepEqual(ranges.a, [1, 4]);
  });

  it('two small cells adding up to 2 beside a 10: the 10 is hidden too', async () => {
    const { hidden, ranges } = await protectAndCheck(oneTable({ a: 1, b: 1, c: 10 }));
    assert.deepEqual(hidden, { a: 'small', b: 'small', c: 'complementary' });
    assert.deepEqual(ranges.a, [1, 4]);
  });

  it('two small cells and their small total of 2: three "< 5" already leave each 1 to 3', async () => {
    const { hidden, ranges } = await protectAndCheck(oneTable({ a: 1, b: 1 }));
    assert.deepEqual(hidden, { a: 'small', b: 'small', total: 'small' });
    assert.deepEqual(ranges.a, [1, 3]);
  });

  it('four 1s adding up to a small total: "< 5" everywhere would give each away, so the rows are withheld', async () => {
    const { hidden } = await protectAndCheck(oneTable({ a: 1, b: 1, c: 1, d: 1 }));
    assert.deepEqual(hidden, { a: 'withheld', b: 'withheld', c: 'withheld', d: 'withheld', total: 'small' });
  });

  it('not routed = referrals − routed: no single hidden cell helps, a route row and the routed subtotal together do', async () => {
    const input: ProtectInput = {
      cells: { 'route/direct': 12, 'route/link-worker': 9, 'route/none': 3, routed: 21, referrals: 24, 'gender/female': 10, 'gender/male': 14 },
      groups: { route: ['route/direct', 'route/link-worker', 'route/none'], gender: ['gender/female', 'gender/male'], routed: ['routed'], referrals: ['referrals'] },
      relations: [
        { parts: ['route/direct', 'route/link-worker', 'route/none'], total: 'referrals', op: '=' },
        { parts: ['route/direct', 'route/link-worker'], total: 'routed', op: '=' },
        { parts: ['gender/female', 'gender/male'], total: 'referrals', op: '=' },
      ],
      threshold: 5,
    };
    const { hidden, ranges } = await protectAndCheck(input);
    assert.deepEqual(hidden, { 'route/link-worker': 'complementary', 'route/none': 'small', routed: 'complementary' });
    assert.deepEqual(ranges['route/none'], [1, 4]);
  });

  it('x = q − p with p and q each the total of two or more published tables: no one or two hidden cells free x, so all that is linked to it is withheld', async () => {
    const input: ProtectInput = { cells: { x: 2, p: 10, q: 12 }, groups: { x: ['x'], p: ['p'], q: ['q'] }, relations: [{ parts: ['x', 'p'], total: 'q', op: '=' }], threshold: 5 };
    for (const [name, total] of [['a', 'p'], ['b', 'p'], ['c', 'p'], ['d', 'q'], ['e', 'q']] as const) {
      input.cells = { ...input.cells, [`${name}1`]: input.cells[total]!, [`${name}2`]: 0 };
      input.groups[name] = [`${name}1`, `${name}2`];
      input.relations.push({ parts: [`${name}1`, `${name}2`], total, op: '=' });
    }
    const { hidden, ranges } = await protectAndCheck(input);
    assert.deepEqual(Object.keys(hidden), Object.keys(input.cells).sort());
    assert.ok(Object.values(hidden).every((marker) => marker === 'withheld'));
    assert.deepEqual(ranges.x, [0, 24]);
  });

  it('the closed subtotal: status rows safe on their own are recovered through closed = Σ ending rows, and protected', async () => {
    const status = { new: 9, ongoing: 3, completed: 7, interrupted: 2, 'no-joint-work': 0 };
    const input: ProtectInput = {
      cells: { ...Object.fromEntries(Object.entries(status).map(([code, n]) => [`status/${code}`, n])), referrals: 21, closed: 9, 'answer/yes': 9, 'answer/no': 0 },
      groups: { status: Object.keys(status).map((code) => `status/${code}`), referrals: ['referrals'], closed: ['closed'], answer: ['answer/yes', 'answer/no'] },
      relations: [
        { parts: Object.keys(status).map((code) => `status/${code}`), total: 'referrals', op: '=' },
        { parts: CLOSING.map((code) => `status/${code}`), total: 'closed', op: '=' },
        { parts: ['answer/yes', 'answer/no'], total: 'closed', op: '=' },
      ],
      threshold: 5,
    };
    const { hidden } = await protectAndCheck(input);
    assert.deepEqual(hidden, { 'status/completed': 'complementary', 'status/interrupted': 'small', 'status/new': 'complementary', 'status/ongoing': 'small' });
  });

  it('threshold 7: 6 and 5 are small and need the 9 hidden; at threshold 5 all are shown', async () => {
    assert.deepEqual((await protectAndCheck(oneTable({ a: 6, b: 5, c: 9 }, 7))).hidden, { a: 'small', b: 'small', c: 'complementary' });
    assert.deepEqual(await protect(oneTable({ a: 6, b: 5, c: 9 }, 5)), {});
  });

  it('a multi-response table: Σ rows ≥ total alone can pin a small row, and hiding a row frees it', async () => {
    const input: ProtectInput = { cells: { a: 3, b: 10, total: 13 }, groups: {}, relations: [{ parts: ['a', 'b'], total: 'total', op: '>=' }], threshold: 5 };
    assert.deepEqual((await exposure(input, { a: 'small' })).a, [3, 4]);
    assert.deepEqual((await protectAndCheck(input)).hidden, { a: 'small', b: 'complementary' });
  });

  it('exposure solves over whole numbers: x + y, y + z, x + z each at most 5 allow x + y + z = 7, not the 7.5 of fractions', async () => {
    const input: ProtectInput = {
      cells: { x: 2, y: 2, z: 3, s1: 1, s2: 0, s3: 0, a: 5, b: 5, c: 5, w: 7 },
      groups: {},
      relations: [
        { parts: ['x', 'y', 's1'], total: 'a', op: '=' },
        { parts: ['y', 'z', 's2'], total: 'b', op: '=' },
        { parts: ['x', 'z', 's3'], total: 'c', op: '=' },
        { parts: ['x', 'y', 'z'], total: 'w', op: '=' },
      ],
      threshold: 5,
    };
    const hidden: Hidden = Object.fromEntries(['x', 'y', 'z', 's1', 's2', 's3', 'w'].map((id) => [id, 'withheld']));
    const ranges = await exposure(input, hidden);
    assert.deepEqual(ranges.w, [0, 7]);
    assert.deepEqual(ranges, searchRanges(input, hidden));
  });

  it('refuses a threshold below 5 and relations the counts do not satisfy', async () => {
    await assert.rejects(protect(oneTable({ a: 1 }, 4)), RangeError);
    await assert.rejects(protect({ ...oneTable({ a: 1, b: 5 }), cells: { a: 1, b: 5, total: 7 } }), /parts add up to 6, the total is 7/);
    await assert.rejects(exposure(oneTable({ a: 1, b: 5 }), { a: 'complementary' }), /contradict/);
  });
});

// A report shaped like the real one: every count table of the schema over 21 municipalities, the populations, the age n, the measures.

function realisticReport(people: number, seed: number): ProtectInput {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const municipalities = Array.from({ length: 21 }, (_, i) => String(700 + i));
  const input: ProtectInput = { cells: {}, groups: {}, relations: [], threshold: 5 };
  const statuses = Array.from({ length: people }, () => pick(COUNT_TABLES.status.rows));
  const members = {
    referrals: statuses.map(() => true),
    routed: statuses.map((s) => s !== 'new'),
    closed: statuses.map((s) => (ENDING_REASONS as readonly string[]).includes(s)),
    'ended-early': statuses.map((s) => s === 'interrupted' || s === 'no-joint-work'),
    paired: statuses.map((s) => s === 'completed' && random() < 0.6),
  };
  for (const [name, flags] of Object.entries(members)) single(input, `population/${name}`, flags.filter(Boolean).length);
  for (const id of COUNT_TABLE_IDS) {
    const { population, multiple } = COUNT_TABLES[id];
    const rows = id === 'municipality' ? municipalities : [...COUNT_TABLES[id].rows];
    const inPopulation = members[population];
    const rowOf = (i: number) => (id === 'status' ? [rows.indexOf(statuses[i]!)] : id === 'route' ? [statuses[i] === 'new' ? 2 : Math.floor(random() * 2)] : [Math.floor(random() * rows.length)]);
    const memberships = statuses.map((_, i) => (!inPopulation[i] ? [] : multiple ? [...new Set([...rowOf(i), ...rowOf(i)])] : rowOf(i)));
    table(input, id, rows, memberships, `population/${population}`, '=');
    if (multiple) input.relations.pop();
  }
  input.relations.push({ parts: COUNT_TABLES.reason.rows.map((code) => `reason/${code}`), total: 'population/referrals', op: '>=' });
  input.relations.push({ parts: ENDING_REASONS.map((code) => `status/${code}`), total: 'population/closed', op: '=' });
  input.relations.push({ parts: ['interrupted', 'no-joint-work'].map((code) => `status/${code}`), total: 'population/ended-early', op: '=' });
  input.relations.push({ parts: ['route/direct', 'route/link-worker'], total: 'population/routed', op: '=' });
  const knownAges = COUNT_TABLES.ageBand.rows.filter((code) => code !== 'unknown').map((code) => `ageBand/${code}`);
  single(input, 'summary/age#n', knownAges.reduce((sum, id) => sum + input.cells[id]!, 0));
  input.relations.push({ parts: knownAges, total: 'summary/age#n', op: '=' });
  for (const instrument of ['swemwbs', 'esis']) {
    for (const timepoint of ['start', 'end', 'follow-up']) single(input, `measure/${instrument}/${timepoint}#n`, Math.floor(random() * people));
    for (const to of ['end', 'follow-up']) {
      const n = Math.floor(random() * input.cells['population/paired']!);
      const improved = Math.floor(random() * n);
      table(input, `change/${instrument}/${to}`, ['improved', 'other'], [...Array(n).keys()].map((i) => [i < improved ? 0 : 1]), `change/${instrument}/${to}#n`, '=');
      single(input, `change/${instrument}/${to}#n`, n);
    }
  }
  return input;
}

describe('protect: a report shaped like the real one', () => {
  for (const people of [30, 100, 300]) {
    it(`${people} referrals over every count table of the schema: protected, and quickly`, async (t) => {
      const input = realisticReport(people, people);
      await protect(oneTable({ a: 1, b: 5 })); // loads HiGHS before the clock starts
      const started = performance.now();
      const hidden = await protect(input);
      const elapsed = performance.now() - started;
      assertProtected(input, hidden, await exposure(input, hidden));
      const cells = Object.keys(input.cells).length;
      t.diagnostic(`${cells} cells, ${input.relations.length} relations, ${Object.keys(hidden).length} hidden, protect ${elapsed.toFixed(0)} ms`);
      assert.ok(elapsed < 3000, `protect took ${elapsed.toFixed(0)} ms`);
    });
  }
});
