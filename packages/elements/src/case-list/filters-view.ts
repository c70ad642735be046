import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { selectControl, textInput, type ControlView } from '../shared/controls.js';
import type { CaseFilters } from './case-filters.js';

export interface FiltersView {
  i18n: LocalizeController;
  filters: CaseFilters;
  /** Municipalities to offer: `[code, name]`. */
  municipalities: [string, string][];
  heading: (text: string, id: string) => TemplateResult;
  set: (filters: CaseFilters) => void;
  clear: () => void;
}

/**
 * The filters as a real form: labelled selects and a search field. Each change applies at once;
 * Enter in the search field does no more than that, and "Clear choices" resets them.
 */
export function filtersView(view: FiltersView): TemplateResult {
  const { i18n, filters } = view;
  const t = (key: string) => i18n.t(`filters.${key}`);
  const controls: ControlView<CaseFilters> = {
    i18n,
    values: filters,
    errors: {},
    label: (id) => t(id),
    hint: (id) => (id === 'reference' ? t('referenceHint') : undefined),
    set: (key, value) => view.set({ ...filters, [key]: value }),
  };
  return html`<form class="filters" part="filters" role="search" aria-labelledby="filters-title"
    @submit=${(event: Event) => event.preventDefault()}
    @reset=${(event: Event) => {
      event.preventDefault();
      view.clear();
    }}>
    ${view.heading(t('title'), 'filters-title')}
    <div class="filter-grid">
      ${selectControl(controls, 'status', [['new', t('statusNew')], ['link-worker', t('statusLinkWorker')], ['direct', t('statusDirect')], ['closed', t('statusClosed')]], t('statusAll'))}
      ${selectControl(controls, 'assigned', [['yes', t('assignedYes')], ['no', t('assignedNo')]], t('assignedAll'))}
      ${selectControl(controls, 'followUp', [['due', t('followUpDue')], ['overdue', t('followUpOverdue')]], t('followUpAll'))}
      ${selectControl(controls, 'municipality', view.municipalities, t('municipalityAll'))}
      ${textInput(controls, 'reference', { type: 'search', autocomplete: 'off' })}
    </div>
    <button type="reset" class="secondary">${t('clear')}</button>
  </form>`;
}
