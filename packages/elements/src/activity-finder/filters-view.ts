import { ACCESSIBILITY_FEATURES, ACTIVITY_CATEGORIES, LANGUAGES, SAMI_LANGUAGES, compareText } from '@linkki/schema';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { municipalityName } from './activity-text.js';
import { FACETS, type FacetName, type Filters } from './facet-names.js';
import type { FacetResult } from './facets.js';
import { stringsVersion } from './strings-version.js';

export interface FiltersView {
  i18n: LocalizeController;
  filters: Filters;
  counts: FacetResult['counts'];
  toggle: (facet: FacetName, value: string, on: boolean) => void;
  setAge: (text: string) => void;
  clear: () => void;
  title: (text: unknown, id: string) => unknown;
  /**
   * The finder is narrow (a phone): the filters fold into one disclosure, closed until opened, so
   * the results come right after the search box (GOV.UK's filter toggle on small screens).
   */
  narrow: boolean;
  expanded: boolean;
  setExpanded: (expanded: boolean) => void;
}

// Sami languages first: for many the point is finding activity in their own language.
const LANGUAGE_ORDER = [...SAMI_LANGUAGES, ...LANGUAGES.filter((l) => !(SAMI_LANGUAGES as readonly string[]).includes(l))];

/** The value kept in `cache` under `key`, made once; the cache starts over past `limit` entries. */
function remembered<T>(cache: Map<string, T>, limit: number, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > limit) cache.clear();
    cache.set(key, (value = make()));
  }
  return value;
}

const labelled = new Map<string, [string, string][]>();

/** The values a facet offers, with labels, in a sensible order; worked out once per language. */
function choices(view: FiltersView, facet: FacetName): [string, string][] {
  // Municipalities are those of the catalogue, and the counts hold them all.
  const key = `${view.i18n.lang}|${stringsVersion()}|${facet}|${facet === 'municipality' ? [...view.counts.municipality.keys()].join() : ''}`;
  return remembered(labelled, 64, key, () => labelsOf(view, facet));
}

function labelsOf(view: FiltersView, facet: FacetName): [string, string][] {
  const { i18n } = view;
  switch (facet) {
    case 'municipality':
      return [...view.counts.municipality.keys()]
        .map((code): [string, string] => [code, municipalityName(code, i18n.lang)])
        .sort((a, b) => compareText(i18n.lang)(a[1], b[1]));
    case 'category':
      return ACTIVITY_CATEGORIES.map((c) => [c, i18n.code('activityCategory', c)]);
    case 'cost':
      return [['free', i18n.t('filters.free')]];
    case 'attending':
      return ['in-person', 'remote', 'home-visit'].map((a) => [a, i18n.t(`filters.attendingValue.${a}`)]);
    case 'accessibility':
      return ACCESSIBILITY_FEATURES.map((f) => [f, i18n.code('accessibility', f)]);
    case 'language':
      return LANGUAGE_ORDER.map((l) => [l, i18n.code('language', l)]);
    case 'weekday':
      return [1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), i18n.weekday(d)]);
    case 'timeOfDay':
      return ['morning', 'afternoon', 'evening'].map((t) => [t, i18n.t(`filters.timeOfDayValue.${t}`)]);
  }
}

const optionTexts = new Map<string, string>();

/** "Inari (24)": counts change with every keystroke, the same few dozen texts recur. */
function optionText(i18n: LocalizeController, label: string, count: number): string {
  return remembered(optionTexts, 2000, `${i18n.lang}|${stringsVersion()}|${label}|${count}`, () => i18n.t('filters.option', { label, count }));
}

function facetGroup(view: FiltersView, facet: FacetName) {
  const selected = view.filters[facet] ?? [];
  const offered = choices(view, facet).filter(([value]) => (view.counts[facet].get(value) ?? 0) > 0 || selected.includes(value));
  if (offered.length === 0) return nothing;
  const label = view.i18n.t(`filters.${facet}`);
  return html`<details class="facet" part="facet" ?open=${facet === 'municipality' || selected.length > 0}>
    <summary class="disclosure"><span>${label}</span>${selected.length ? html` <span class="badge">${selected.length}</span>` : nothing}</summary>
    <fieldset>
      <legend class="visually-hidden">${label}</legend>
      ${offered.map(
        ([value, text]) => html`<label class="choice"
          ><input type="checkbox" name=${facet} value=${value} .checked=${selected.includes(value)}
            @change=${(e: Event) => view.toggle(facet, value, (e.target as HTMLInputElement).checked)} />${optionText(view.i18n, text, view.counts[facet].get(value) ?? 0)}</label
        >`,
      )}
    </fieldset>
  </details>`;
}

export function filtersView(view: FiltersView) {
  const { i18n, filters } = view;
  const active = FACETS.reduce((n, f) => n + (filters[f]?.length ?? 0), 0) + (filters.age !== undefined ? 1 : 0);
  const selected = active ? i18n.t('filters.selected', { count: active }) : '';
  const folded = view.narrow && !view.expanded;
  // On a phone the title is the disclosure's button (a button inside the heading, as in GOV.UK's accordion).
  const title = view.narrow
    ? html`<button type="button" class="secondary disclosure filter-toggle" aria-expanded=${view.expanded ? 'true' : 'false'} aria-controls="filter-panel"
        @click=${() => view.setExpanded(!view.expanded)}><span>${i18n.t('filters.title')}</span>${active ? html` <span class="badge">${selected}</span>` : nothing}</button>`
    : i18n.t('filters.title');
  return html`<section class="filters" part="filters" aria-labelledby="filters-title">
    ${view.title(title, 'filters-title')}
    <div id="filter-panel" class="filter-panel" ?hidden=${folded}>
      ${active ? html`<p class="selected">${selected}</p>` : nothing}
      ${FACETS.map((facet) => facetGroup(view, facet))}
      <div class="field">
        <label class="label" for="age">${i18n.t('filters.age.label')}</label>
        <span class="hint" id="age-hint">${i18n.t('filters.age.hint')}</span>
        <input id="age" type="text" inputmode="numeric" autocomplete="off" aria-describedby="age-hint" .value=${filters.age === undefined ? '' : String(filters.age)}
          @change=${(e: Event) => view.setAge((e.target as HTMLInputElement).value)} />
      </div>
      ${active ? html`<button type="button" class="secondary" @click=${view.clear}>${i18n.t('filters.clear')}</button>` : nothing}
    </div>
  </section>`;
}
