import { LitElement } from 'lit';
import './common-strings.js';
import { whenStringsReady } from '../i18n/localize-controller.js';
import { baseStyles, tokens } from './tokens.js';

export interface EmitOptions {
  /** A cancelable event announces an intention (`linkki-submit`); the caller checks the return value. */
  cancelable?: boolean;
}

/** The small base every Linkki element shares: tokens, base styles and `emit()`. */
export class LinkkiElement extends LitElement {
  static override styles = [tokens, baseStyles];

  /** Renders only once the strings of the element's language are in (they may be downloading). */
  protected override async scheduleUpdate(): Promise<void> {
    await whenStringsReady(this);
    super.scheduleUpdate();
  }

  /**
   * Dispatches a `linkki-*` event that bubbles and crosses shadow roots.
   * Returns false when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<T>(name: `linkki-${string}`, detail?: T, options: EmitOptions = {}): boolean {
    const event = new CustomEvent<T>(name, {
      detail: detail as T,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
