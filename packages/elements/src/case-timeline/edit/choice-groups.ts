import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { ControlView } from '../../shared/controls.js';
import { fieldGroup } from '../../shared/field.js';

type ListKey<V> = { [K in keyof V]: V[K] extends string[] ? K : never }[keyof V] & string;
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** Checkboxes in a fieldset for a list of codes (`values[id]` holds the ticked codes, in list order). */
export function checkboxGroup<V>(view: ControlView<V>, id: ListKey<V>, choices: [string, string][], optional = true) {
  const ticked = view.values[id] as string[];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...ticked, code] : ticked.filter((c) => c !== code);
    view.set(id, choices.map(([c]) => c).filter((c) => next.includes(c)) as V[typeof id]);
  };
  return fieldGroup(
    view.i18n,
    { id, label: view.label(id), hint: view.hint(id), error: view.errors[id], optional },
    html`${choices.map(
      ([code, text]) => html`<label class="choice"><input type="checkbox" name=${id} value=${code} id=${`${id}-${code}`}
        .checked=${ticked.includes(code)} ?disabled=${view.disabled}
        @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} />${text}</label>`,
    )}`,
  );
}

/**
 * One of the person's own answers: a fieldset of large radio tiles, the question as its legend, and
 * "did not want to answer" set apart after the scale.
 */
export function answerTiles<V>(view: ControlView<V>, id: TextKey<V>, scale: [string, string][], declined: [string, string]) {
  const tile = ([value, text]: [string, string], apart = false) => html`<label class=${classMap({ tile: true, 'tile--apart': apart })}>
    <input type="radio" name=${id} value=${value} id=${`${id}-${value}`} .checked=${view.values[id] === value} ?disabled=${view.disabled}
      @change=${() => view.set(id, value as V[typeof id])} />
    <span>${text}</span>
  </label>`;
  const hint = view.hint(id);
  return fieldGroup(
    view.i18n,
    { id, label: view.label(id), hint, error: view.errors[id], optional: true },
    html`<div class="tiles" part="answer-scale">${scale.map((choice) => tile(choice))}</div>
      ${tile(declined, true)}`,
  );
}
