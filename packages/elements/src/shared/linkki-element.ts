import { LitElement } from 'lit';
import './common-strings.js';
import { whenStringsReady } from '../i18n/localize-controller.js';
import type { EmitArgs, LinkkiEventMap, LinkkiEventName } from './events.js';
import { baseStyles, tokens } from './tokens.js';

export type { EmitOptions } from './events.js';

/** The small base every Linkki element shares: tokens, base styles and `emit()`. */
export class LinkkiElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** Renders only once the strings of the element's language are in (they may be downloading). */
  protected override async scheduleUpdate(): Promise<void> {
    await whenStringsReady(this);
    super.scheduleUpdate();
  }

  /**
   * Dispatches a `linkki-*` event that bubbles and crosses shadow roots. Only names of
   * `LinkkiEventMap` (shared/events.ts), each with its own `detail` type.
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends LinkkiEventName>(name: K, ...[detail, options = {}]: EmitArgs<K>): boolean {
    const event = new CustomEvent<LinkkiEventMap[K]>(name, {
      detail: detail as LinkkiEventMap[K],
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
