import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/index.js';
import { field, fieldGroup } from './field.js';

/** What the control templates need from a form: its typed values, messages, labels and a setter. */
export interface ControlView<V> {
  i18n: LocalizeController;
  values: V;
  errors: Partial<Record<string, string>>;
  disabled?: boolean;
  label: (id: string) => string;
  hint: (id: string) => string | undefined;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  blur?: () => void;
}

export type StringKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface TextInputOptions {
  type?: string;
  autocomplete?: string;
  optional?: boolean;
  inputmode?: string;
  /** Id of a `<datalist>` with suggestions. */
  list?: string;
}

const options = <V>(view: ControlView<V>, id: string, optional?: boolean) => ({
  id,
  label: view.label(id),
  hint: view.hint(id),
  error: view.errors[id],
  optional,
});

export function textInput<V>(view: ControlView<V>, id: StringKey<V>, opts: TextInputOptions = {}) {
  return field(view.i18n, options(view, id, opts.optional), (state) =>
    html`<input id=${id} name=${id} type=${opts.type ?? 'text'} autocomplete=${opts.autocomplete ?? 'off'}
      inputmode=${opts.inputmode ?? nothing} list=${opts.list ?? nothing} .value=${view.values[id] as string}
      ?disabled=${view.disabled} aria-describedby=${state.describedBy ?? nothing} aria-invalid=${state.invalid ? 'true' : 'false'}
      @input=${(e: Event) => view.set(id, (e.target as HTMLInputElement).value as V[typeof id])} @blur=${view.blur} />`,
  );
}

export function textArea<V>(view: ControlView<V>, id: StringKey<V>, optional: boolean) {
  return field(view.i18n, options(view, id, optional), (state) =>
    html`<textarea id=${id} name=${id} rows="4" maxlength="2000" .value=${view.values[id] as string} ?disabled=${view.disabled}
      aria-describedby=${state.describedBy ?? nothing} aria-invalid=${state.invalid ? 'true' : 'false'}
      @input=${(e: Event) => view.set(id, (e.target as HTMLTextAreaElement).value as V[typeof id])} @blur=${view.blur}></textarea>`,
  );
}

/** A `<select>`; `placeholder` adds an empty first option. */
export function selectControl<V>(view: ControlView<V>, id: StringKey<V>, choices: [string, string][], placeholder?: string, optional = false) {
  return field(view.i18n, options(view, id, optional), (state) =>
    html`<select id=${id} name=${id} ?disabled=${view.disabled} aria-describedby=${state.describedBy ?? nothing}
      aria-invalid=${state.invalid ? 'true' : 'false'} @change=${(e: Event) => view.set(id, (e.target as HTMLSelectElement).value as V[typeof id])}
      @blur=${view.blur}>
      ${placeholder !== undefined ? html`<option value="" ?selected=${!view.values[id]}>${placeholder}</option>` : nothing}
      ${choices.map(([value, text]) => html`<option value=${value} ?selected=${view.values[id] === value}>${text}</option>`)}
    </select>`,
  );
}

/** Radios in a fieldset: for short lists where every choice should be visible at once. */
export function radioGroup<V>(view: ControlView<V>, id: StringKey<V>, choices: [string, string][], optional = false) {
  return fieldGroup(
    view.i18n,
    options(view, id, optional),
    html`${choices.map(
      ([value, text]) => html`<label class="choice"><input type="radio" name=${id} value=${value} id=${`${id}-${value}`}
        .checked=${view.values[id] === value} ?disabled=${view.disabled}
        @change=${() => view.set(id, value as V[typeof id])} />${text}</label>`,
    )}`,
  );
}
