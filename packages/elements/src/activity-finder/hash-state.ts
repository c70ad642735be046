import { FACETS, type Filters } from './facet-names.js';

/** What a shared link restores: the query, the filters and the shortlist with notes. */
export interface FinderState {
  query: string;
  filters: Filters;
  shortlist: string[];
  notes: Record<string, string>;
}

const PREFIX = 'linkki-';

/** Reads the state from a location hash like `#linkki-q=kuoro&linkki-municipality=148`. */
export function readHash(hash: string): Partial<FinderState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string) => params.get(`${PREFIX}${key}`);
  const list = (key: string) => (get(key) ?? '').split(',').filter(Boolean);
  const state: Partial<FinderState> = {};
  if (get('q') !== null) state.query = get('q')!;
  const filters: Filters = {};
  for (const facet of FACETS) if (list(facet).length) filters[facet] = list(facet);
  const age = Number(get('age'));
  if (get('age') && Number.isInteger(age)) filters.age = age;
  state.filters = filters;
  if (get('shortlist') !== null) {
    state.shortlist = list('shortlist');
    state.notes = Object.fromEntries(state.shortlist.flatMap((id) => (get(`note-${id}`) ? [[id, get(`note-${id}`)!]] : [])));
  }
  return state;
}

/** Writes the state into a hash, keeping any parameters of the page's own. */
export function writeHash(hash: string, state: FinderState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  const set = (key: string, value: string) => value && params.set(`${PREFIX}${key}`, value);
  set('q', state.query);
  for (const facet of FACETS) set(facet, (state.filters[facet] ?? []).join(','));
  if (state.filters.age !== undefined) set('age', String(state.filters.age));
  set('shortlist', state.shortlist.join(','));
  for (const id of state.shortlist) set(`note-${id}`, state.notes[id] ?? '');
  const text = params.toString();
  return text ? `#${text}` : '';
}
