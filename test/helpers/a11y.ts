import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LANGUAGES, type Language } from '../../packages/elements/src/i18n/index.js';

/** Text that looks like an untranslated key (`common:issues.required`, `referral.title`) or a leftover `{{placeholder}}`. */
const RAW_KEY = /(^|\s)[a-z]+[:.][a-zA-Z]+(\.[a-zA-Z_-]+)+(\s|$)|\{\{\s*\w+\s*\}\}/;

function visibleTexts(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) texts.push(node.textContent.trim());
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return texts;
}

/** Fails when any rendered text is a raw translation key or has an unfilled placeholder. */
export function expectNoRawKeys(element: Element) {
  const raw = visibleTexts(element).filter((text) => RAW_KEY.test(text));
  expect(raw, `untranslated text: ${raw.join(' | ')}`).to.deep.equal([]);
}

export interface LocaleCheckOptions<E extends Element> {
  /** Brings the element into the state to check (e.g. submit to show the error summary). */
  prepare?: (element: E, lang: Language) => Promise<void> | void;
  /** axe rules to skip, each with a reason in the calling test. */
  ignoredRules?: string[];
}

/**
 * Renders `template` inside `<div lang=…>` for each of the six UI languages and checks it with
 * axe, and that no raw key or placeholder is visible. Every element test calls this.
 */
export async function expectAccessibleInEveryLocale<E extends Element>(
  template: () => TemplateResult,
  options: LocaleCheckOptions<E> = {},
) {
  for (const lang of LANGUAGES) {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template()}</div>`);
    const element = wrapper.firstElementChild as E & { updateComplete?: Promise<unknown> };
    await element.updateComplete;
    await options.prepare?.(element, lang);
    await element.updateComplete;
    await expect(element, `axe in ${lang}`).to.be.accessible({ ignoredRules: options.ignoredRules ?? [] });
    expectNoRawKeys(element);
  }
}
