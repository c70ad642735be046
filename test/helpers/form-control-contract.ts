import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FormAssociatedElement } from '../../packages/elements/src/shared/form-associated.js';

type Control = HTMLElement & FormAssociatedElement & { updateComplete: Promise<unknown> };

export interface FormControlContract {
  /** The control with `name` set, e.g. html`<linkki-swemwbs name="wellbeing"></linkki-swemwbs>`. */
  render: () => TemplateResult;
  name: string;
  /** Makes the control complete, as a person would. */
  fill: (control: Control) => Promise<void>;
  /** Checks that a submitted value is right. */
  expectValue: (submitted: string) => void;
  /** The state the control hands the browser to restore later (what it passed to setFormValue). */
  stateOf: (control: Control) => string;
  /** After a reset: checks that nothing the person entered is left, embedded elements included. */
  expectCleared: (control: Control) => void | Promise<void>;
}

async function inForm(contract: FormControlContract) {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset>${contract.render()}</fieldset></form>`);
  const control = form.querySelector('fieldset')!.firstElementChild as Control;
  await control.updateComplete;
  return { form, control };
}

/**
 * The behaviour every form-associated Linkki element shares with native inputs: one contract,
 * run against each element instead of re-written per element.
 */
export function runFormControlContract(contract: FormControlContract) {
  describe('as a form control', () => {
    it('submits nothing until complete, then its value under its name', async () => {
      const { form, control } = await inForm(contract);
      expect(new FormData(form).has(contract.name)).to.equal(false);
      await contract.fill(control);
      await control.updateComplete;
      contract.expectValue(String(new FormData(form).get(contract.name)));
    });

    it('reports valueMissing while required and incomplete, with a message', async () => {
      const { form, control } = await inForm(contract);
      control.required = true;
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(false);
      expect(control.validity.valueMissing).to.equal(true);
      expect(control.validationMessage).to.not.equal('');
      expect(form.checkValidity()).to.equal(false);
      await contract.fill(control);
      await control.updateComplete;
      expect(control.checkValidity()).to.equal(true);
    });

    it('is valid when not required, even when empty', async () => {
      const { control } = await inForm(contract);
      expect(control.checkValidity()).to.equal(true);
      expect(control.willValidate).to.equal(true);
    });

    it('has its value set when it fires change, so a listener reading FormData sees the new value', async () => {
      const { form, control } = await inForm(contract);
      const seen: (string | null)[] = [];
      control.addEventListener('change', () => {
        const value = new FormData(form).get(contract.name);
        seen.push(typeof value === 'string' ? value : null);
      });
      await contract.fill(control);
      await control.updateComplete;
      expect(seen.length, 'change events').to.be.greaterThan(0);
      expect(seen.at(-1), 'FormData in the last change listener').to.be.a('string');
      contract.expectValue(seen.at(-1)!);
    });

    it('resets with its form: nothing it holds is left, embedded elements included', async () => {
      const { form, control } = await inForm(contract);
      await contract.fill(control);
      await control.updateComplete;
      form.reset();
      await control.updateComplete;
      expect(new FormData(form).has(contract.name)).to.equal(false);
      await contract.expectCleared(control);
    });

    it('restores its state, as after back-forward navigation', async () => {
      const { control } = await inForm(contract);
      await contract.fill(control);
      await control.updateComplete;
      const { control: fresh, form: freshForm } = await inForm(contract);
      (fresh as unknown as { formStateRestoreCallback(state: string): void }).formStateRestoreCallback(contract.stateOf(control));
      await fresh.updateComplete;
      contract.expectValue(String(new FormData(freshForm).get(contract.name)));
    });

    it('follows a disabled fieldset and its own disabled', async () => {
      const { form, control } = await inForm(contract);
      form.querySelector('fieldset')!.disabled = true;
      await control.updateComplete;
      expect(control.matches(':disabled')).to.equal(true);
      const inputs = [...control.shadowRoot!.querySelectorAll('input')];
      expect(inputs.length).to.be.greaterThan(0);
      expect(inputs.every((i) => i.disabled)).to.equal(true);
      form.querySelector('fieldset')!.disabled = false;
      control.disabled = true;
      await control.updateComplete;
      expect([...control.shadowRoot!.querySelectorAll('input')].every((i) => i.disabled)).to.equal(true);
    });
  });
}
