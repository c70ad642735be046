import { MIN_CELL, SUPPRESSIONS, type Suppression } from '@linkki/schema';
import loadHighs, { type Highs } from 'highs';

/**
 * Σ parts (op) total; `total` is a cell id. `=`: the parts add up to the total; `>=`: they add up to
 * at least the total (a person may count in several parts, e.g. once per reason).
 */
export interface Relation {
  parts: string[];
  total: string;
  op: '=' | '>=';
}

export interface ProtectInput {
  /** Every count of the report, by a unique id, e.g. 'status/new', 'status#total', 'summary/age#n'. */
  cells: Record<string, number>;
  /** The cells of each table (a whole table may be withheld); a cell is in at most one group. */
  groups: Record<string, string[]>;
  relations: Relation[];
  /** ≥ MIN_CELL. */
  threshold: number;
}

type Hidden = Record<string, Suppression>;
type Range = [number, number];
type Assignment = Record<string, number>;

/** What one protection or audit works with: the input, indexes into it, HiGHS and the components solved so far. */
interface Context {
  input: ProtectInput;
  /**
   * Stands in for "no upper bound" so that every model is bounded: twice the largest count (at least
   * twice the threshold). Doubling every count of a consistent report keeps it consistent and within
   * the cap, which is what guarantees that withholding a whole component protects it.
   */
  cap: number;
  relationsOf: Map<string, Relation[]>;
  totals: Set<string>;
  /** The group of each grouped cell, by name. */
  groupOf: Map<string, string>;
  highs: Highs;
  /** By cells and model text: the same hidden cells under the same markers are solved once. */
  components: Map<string, Component>;
}

/** Hidden cells linked through relations, as one integer program, with what is known of its solutions. */
interface Component {
  cells: string[];
  relations: Relation[];
  bounds: Map<string, Range>;
  /** The program in LP format without its objective; published cells are constants. */
  body: string;
  names: Map<string, string>;
  /** Assignments checked to satisfy the program: the true counts, and every solution HiGHS returned. */
  points: Assignment[];
  extremes: Map<string, number>;
}

const HIGHS_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 } as const;

let runtime: Promise<Highs> | undefined;
const loadRuntime = () => (runtime ??= loadHighs());

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cellsIn = (relation: Relation) => [...relation.parts, relation.total];

/**
 * The cells to hide and why; cells not in the result are published as they are.
 *
 * Primary: every count from 1 to `threshold − 1` is `small`; zeros are published. Then, while a
 * hidden count of 1 to `threshold − 1` can be narrowed by an outsider (see `exposure`) to fewer than
 * three values, the most exposed one (ties: the smaller id) gets the first step that widens its
 * range: hiding as `complementary` the smallest published non-zero cell of its relations (then of
 * the relations of hidden cells linked to it; cells that are no relation's total first); hiding two
 * such cells; withholding its own group; withholding a group it shares a relation with (fewest
 * cells first). When none does, every cell linked to it through relations is withheld, which
 * always protects (see `Context.cap`), so the loop ends.
 *
 * A withheld group hides all its cells, zeros and `small` ones included, under the one marker
 * `withheld`, so the marker tells nothing about any of them: each is modelled as 0 to unbounded, and
 * one that holds 1 to `threshold − 1` people still counts as protected only if its own range is at
 * least 2 wide. Deterministic: the same input gives the same result, whatever the order of its keys.
 */
export async function protect(input: ProtectInput): Promise<Record<string, Suppression>> {
  const context = await contextOf(input);
  let hidden = primary(input);
  for (;;) {
    const exposed = mostExposed(context, hidden);
    if (!exposed) return sortedById(hidden);
    hidden = nextStep(context, hidden, exposed);
  }
}

/**
 * For tests and audits: each hidden cell's [min, max] an outsider can derive from the published
 * cells, the relations and the markers. The outsider knows every published count exactly; a `small`
 * count is 1 to `threshold − 1`, a `complementary` one at least `threshold`, a `withheld` one at
 * least 0; counts are whole numbers and every relation holds. "No upper bound" is modelled as twice
 * the largest count in the input (at least twice the threshold), so a max at that cap means unbounded.
 */
export async function exposure(input: ProtectInput, hidden: Record<string, Suppression>): Promise<Record<string, [number, number]>> {
  const context = await contextOf(input);
  checkMarkers(input, hidden);
  const ranges = Object.keys(hidden).map((cell): [string, Range] => {
    const component = componentFor(context, hidden, cell);
    return [cell, [extreme(context, component, cell, 'Minimize'), extreme(context, component, cell, 'Maximize')]];
  });
  return sortedById(Object.fromEntries(ranges));
}

function primary({ cells, threshold }: ProtectInput): Hidden {
  return Object.fromEntries(Object.keys(cells).filter((id) => cells[id]! >= 1 && cells[id]! < threshold).map((id) => [id, 'small' as const]));
}

/** The hidden count of 1 to `threshold − 1` with the narrowest range, if any is narrower than 2. */
function mostExposed(context: Context, hidden: Hidden): { cell: string; width: number } | undefined {
  const { cells, threshold } = context.input;
  const sensitive = Object.keys(hidden).filter((id) => cells[id]! >= 1 && cells[id]! < threshold).sort(byId);
  let worst: { cell: string; width: number } | undefined;
  for (const cell of sensitive) {
    const width = widthOf(context, hidden, cell);
    if (width < 2 && (!worst || width < worst.width)) worst = { cell, width };
  }
  return worst;
}

/**
 * `hidden` after the first step that widens the exposed cell's range: a complementary cell, two
 * complementary cells, its own group withheld, a group it shares a relation with withheld; else
 * every cell linked to it withheld.
 */
function nextStep(context: Context, hidden: Hidden, exposed: { cell: string; width: number }): Hidden {
  for (const trial of steps(context, hidden, exposed.cell)) {
    if (widthOf(context, trial, exposed.cell) > exposed.width) return trial;
  }
  return withhold(hidden, linkedCells(context, exposed.cell, () => true)) ?? unprotectable(exposed.cell);
}

function* steps(context: Context, hidden: Hidden, cell: string): Generator<Hidden> {
  const first = candidates(context, hidden, cell);
  for (const candidate of first) yield complementary(hidden, [candidate]);
  yield* pairs(context, hidden, cell, first);
  for (const group of groupsNear(context, hidden, cell)) {
    const trial = withhold(hidden, context.input.groups[group]!);
    if (trial) yield trial;
  }
}

/** How many of the first candidates are tried with a second one: bounds the search, the fallbacks stay safe. */
const PAIRED_CANDIDATES = 8;

/**
 * Two complementary cells at once, for a cell pinned along two relations (a row that is a total
 * minus a subtotal): one of the first candidates, then a candidate once that one is hidden.
 */
function* pairs(context: Context, hidden: Hidden, cell: string, first: string[]): Generator<Hidden> {
  const tried = new Set<string>();
  for (const one of first.slice(0, PAIRED_CANDIDATES)) {
    for (const other of candidates(context, complementary(hidden, [one]), cell)) {
      const pair = [one, other].sort(byId).join(' ');
      if (tried.has(pair)) continue;
      tried.add(pair);
      yield complementary(hidden, [one, other]);
    }
  }
}

const complementary = (hidden: Hidden, cells: string[]): Hidden => ({ ...hidden, ...Object.fromEntries(cells.map((id) => [id, 'complementary' as const])) });

/**
 * Published non-zero cells in the relations of `cell` and of the hidden cells linked to it (those
 * pin it too): its own relations' first, then cells that are no relation's total, then smallest,
 * then by id.
 */
function candidates(context: Context, hidden: Hidden, cell: string): string[] {
  const { input, relationsOf, totals } = context;
  const own = new Set((relationsOf.get(cell) ?? []).flatMap(cellsIn));
  const component = linkedCells(context, cell, (id) => Boolean(hidden[id]));
  const near = new Set(component.flatMap((id) => relationsOf.get(id) ?? []).flatMap(cellsIn));
  const count = (id: string) => input.cells[id]!;
  const rank = (id: string) => [Number(!own.has(id)), Number(totals.has(id)), count(id)];
  return [...near]
    .filter((id) => !hidden[id] && count(id) > 0)
    .sort((a, b) => compareRanks(rank(a), rank(b)) || byId(a, b));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The cell's own group, then the groups of cells sharing a relation with it: fewest cells still shown first, then by name. */
function groupsNear({ input, relationsOf, groupOf }: Context, hidden: Hidden, cell: string): string[] {
  const own = groupOf.get(cell);
  const shown = (group: string) => input.groups[group]!.filter((id) => hidden[id] !== 'withheld').length;
  const near = new Set((relationsOf.get(cell) ?? []).flatMap(cellsIn).map((id) => groupOf.get(id)));
  near.delete(own);
  const others = [...near].filter((group) => group !== undefined).sort((a, b) => shown(a) - shown(b) || byId(a, b));
  return own === undefined ? others : [own, ...others];
}

/** `hidden` with `cells` withheld, or undefined when they all already are. */
function withhold(hidden: Hidden, cells: string[]): Hidden | undefined {
  const fresh = cells.filter((id) => hidden[id] !== 'withheld');
  if (fresh.length === 0) return undefined;
  return { ...hidden, ...Object.fromEntries(fresh.map((id) => [id, 'withheld' as const])) };
}

function unprotectable(cell: string): never {
  throw new Error(`suppression: ${cell} stays exposed with its whole component withheld; the cap no longer covers twice the counts`);
}

/**
 * The width (max − min) of a hidden cell's range, exact when below 2; otherwise some width of at
 * least 2, read from known solutions where they already show it, so that most cells need no solve.
 */
function widthOf(context: Context, hidden: Hidden, cell: string): number {
  const component = componentFor(context, hidden, cell);
  const [low, high] = spanOf(component, cell);
  if (high - low >= 2) return high - low;
  const max = extreme(context, component, cell, 'Maximize');
  if (max - low >= 2) return max - low;
  return max - extreme(context, component, cell, 'Minimize');
}

function spanOf(component: Component, cell: string): Range {
  const values = component.points.map((point) => point[cell]!);
  return [Math.min(...values), Math.max(...values)];
}

/** The cells reachable from `cell` through relations, stepping only onto cells that pass `linked`; sorted. */
function linkedCells({ relationsOf }: Context, cell: string, linked: (id: string) => boolean): string[] {
  const seen = new Set([cell]);
  const queue = [cell];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const other of (relationsOf.get(id) ?? []).flatMap(cellsIn)) {
      if (seen.has(other) || !linked(other)) continue;
      seen.add(other);
      queue.push(other);
    }
  }
  return [...seen].sort(byId);
}

/** The component of hidden cells around `cell`, as an integer program in LP format; built once per model. */
function componentFor(context: Context, hidden: Hidden, cell: string): Component {
  const cells = linkedCells(context, cell, (id) => Boolean(hidden[id]));
  const names = new Map(cells.map((id, i) => [id, `x${i}`]));
  const bounds = new Map(cells.map((id) => [id, boundsOf(context, hidden[id]!)]));
  const relations = [...new Set(cells.flatMap((id) => context.relationsOf.get(id) ?? []))];
  const rows = relations.map((relation, i) => ` r${i}: ${rowOf(context, names, relation)}`);
  const limits = cells.map((id) => ` ${bounds.get(id)![0]} <= ${names.get(id)} <= ${bounds.get(id)![1]}`);
  const body = ['Subject To', ...rows, 'Bounds', ...limits, 'General', ...[...names.values()].map((name) => ` ${name}`), 'End'].join('\n');
  const key = `${cells.join(' ')}\n${body}`;
  const known = context.components.get(key);
  if (known) return known;
  const component: Component = { cells, relations, bounds, body, names, points: [], extremes: new Map() };
  learn(context, component, Object.fromEntries(cells.map((id) => [id, context.input.cells[id]!])));
  context.components.set(key, component);
  return component;
}

function rowOf({ input }: Context, names: Map<string, string>, { parts, total, op }: Relation): string {
  const terms = new Map<string, number>();
  let constant = 0;
  const add = (id: string, sign: number) => {
    const name = names.get(id);
    if (name) terms.set(name, (terms.get(name) ?? 0) + sign);
    else constant += sign * input.cells[id]!;
  };
  for (const id of parts) add(id, 1);
  add(total, -1);
  const left = [...terms].map(([name, coefficient]) => `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${name}`);
  return `${left.join(' ')} ${op} ${-constant}`;
}

function boundsOf({ input, cap }: Context, marker: Suppression): Range {
  if (marker === 'small') return [1, input.threshold - 1];
  return marker === 'complementary' ? [input.threshold, cap] : [0, cap];
}

/**
 * The exact integer minimum or maximum of `cell` over the component (HiGHS branch and bound, no
 * gap). A known solution at the cell's bound answers without solving.
 */
function extreme(context: Context, component: Component, cell: string, sense: 'Minimize' | 'Maximize'): number {
  const [low, high] = component.bounds.get(cell)!;
  const bound = sense === 'Minimize' ? low : high;
  if (component.points.some((point) => point[cell] === bound)) return bound;
  const key = `${sense} ${cell}`;
  const known = component.extremes.get(key);
  if (known !== undefined) return known;
  const result = context.highs.solve(`${sense}\n obj: ${component.names.get(cell)}\n${component.body}`, HIGHS_OPTIONS);
  if (result.Status !== 'Optimal') {
    throw new Error(`suppression: HiGHS found the hidden counts around ${cell} ${result.Status.toLowerCase()}; the markers contradict the counts`);
  }
  learn(context, component, Object.fromEntries(component.cells.map((id) => [id, Math.round(result.Columns[component.names.get(id)!]!.Primal)])));
  const value = Math.round(result.ObjectiveValue);
  component.extremes.set(key, value);
  return value;
}

/** Keeps `point` as a known solution if it satisfies the component exactly (solver tolerances aside). */
function learn({ input }: Context, component: Component, point: Assignment): void {
  const value = (id: string) => point[id] ?? input.cells[id]!;
  const inBounds = component.cells.every((id) => point[id]! >= component.bounds.get(id)![0] && point[id]! <= component.bounds.get(id)![1]);
  if (inBounds && component.relations.every((relation) => holds(relation, value))) component.points.push(point);
}

function holds({ parts, total, op }: Relation, value: (id: string) => number): boolean {
  const sum = parts.reduce((subtotal, id) => subtotal + value(id), 0);
  return op === '=' ? sum === value(total) : sum >= value(total);
}

async function contextOf(input: ProtectInput): Promise<Context> {
  checkInput(input);
  const relationsOf = new Map<string, Relation[]>();
  for (const relation of input.relations) {
    for (const id of new Set(cellsIn(relation))) relationsOf.set(id, [...(relationsOf.get(id) ?? []), relation]);
  }
  const groupOf = new Map(Object.entries(input.groups).flatMap(([group, cells]) => cells.map((id) => [id, group] as const)));
  const cap = 2 * Math.max(input.threshold, ...Object.values(input.cells));
  return { input, cap, relationsOf, totals: new Set(input.relations.map((r) => r.total)), groupOf, highs: await loadRuntime(), components: new Map() };
}

function checkInput({ cells, groups, relations, threshold }: ProtectInput): void {
  if (!Number.isInteger(threshold) || threshold < MIN_CELL) throw new RangeError(`suppression: the threshold must be a whole number of at least ${MIN_CELL}, not ${threshold}`);
  for (const [id, count] of Object.entries(cells)) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`suppression: ${id} must be a whole number of at least 0, not ${count}`);
  }
  const known = (id: string, where: string) => {
    if (!Object.hasOwn(cells, id)) throw new RangeError(`suppression: ${where} names ${id}, which is not a cell`);
  };
  const grouped = new Set<string>();
  for (const [group, members] of Object.entries(groups)) {
    for (const id of members) {
      known(id, `group ${group}`);
      if (grouped.has(id)) throw new RangeError(`suppression: ${id} is in more than one group`);
      grouped.add(id);
    }
  }
  for (const relation of relations) checkRelation(cells, relation, known);
}

function checkRelation(cells: Record<string, number>, relation: Relation, known: (id: string, where: string) => void): void {
  const where = `the relation with total ${relation.total}`;
  for (const id of cellsIn(relation)) known(id, where);
  if (new Set(cellsIn(relation)).size !== relation.parts.length + 1) throw new RangeError(`suppression: ${where} names a cell twice`);
  if (!holds(relation, (id) => cells[id]!)) {
    const sum = relation.parts.reduce((subtotal, id) => subtotal + cells[id]!, 0);
    throw new RangeError(`suppression: ${where} does not hold: the parts add up to ${sum}, the total is ${cells[relation.total]}`);
  }
}

function checkMarkers(input: ProtectInput, hidden: Hidden): void {
  for (const [id, marker] of Object.entries(hidden)) {
    if (!Object.hasOwn(input.cells, id)) throw new RangeError(`suppression: the marker for ${id} names no cell`);
    if (!SUPPRESSIONS.includes(marker)) throw new RangeError(`suppression: ${id} has an unknown marker ${String(marker)}`);
  }
}

function sortedById<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => byId(a, b)));
}
