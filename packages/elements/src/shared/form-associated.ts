import { property } from 'lit/decorators.js';
import { LinkkiElement } from './linkki-element.js';

/** What a form-associated element shares with native inputs. */
export interface FormAssociatedElement {
  name: string;
  disabled: boolean;
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/**
 * The base of every Linkki form control: a real form-associated element through ElementInternals.
 * It submits under `name`, reports validity to the form, resets and restores with it, and follows a
 * disabled `<fieldset>`. Subclasses call `setFormValue()` and `internals.setValidity()`, and
 * implement `formReset()` / `formRestore(state)`.
 */
export abstract class LinkkiFormElement extends LinkkiElement implements FormAssociatedElement {
  static formAssociated = true;
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name the value is submitted under in the form's data. */
  @property({ reflect: true }) name = '';
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disabled by an ancestor `<fieldset disabled>`. */
  protected formDisabled = false;

  get form() {
    return this.internals.form;
  }
  get validity() {
    return this.internals.validity;
  }
  get validationMessage() {
    return this.internals.validationMessage;
  }
  get willValidate() {
    return this.internals.willValidate;
  }
  checkValidity() {
    return this.internals.checkValidity();
  }
  reportValidity() {
    return this.internals.reportValidity();
  }

  /** True when the element or an ancestor fieldset is disabled. */
  get isDisabled() {
    return this.disabled || this.formDisabled;
  }

  protected setFormValue(value: string | null, state?: string) {
    this.internals.setFormValue(value, state ?? value);
  }

  formResetCallback() {
    this.formReset();
  }

  formStateRestoreCallback(state: string | File | FormData | null) {
    if (typeof state === 'string') this.formRestore(state);
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  protected abstract formReset(): void;
  protected abstract formRestore(state: string): void;
}
