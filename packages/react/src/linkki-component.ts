import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { ELEMENT_EVENTS, LinkkiEvent, LinkkiTagName } from '@linkki/elements';
import * as React from 'react';

/** `linkki-sign-in-requested` → `SignInRequested`, at the type level. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The React prop of an event: `linkki-submitted` → `onLinkkiSubmitted`. */
export type EventProp<N extends string> = `on${Pascal<N>}`;

/** The events of an element, as `@lit/react` wants them: prop name → event name, typed with its `detail`. */
export type EventProps<T extends LinkkiTagName> = {
  [N in (typeof ELEMENT_EVENTS)[T][number] as EventProp<N>]: EventName<LinkkiEvent<N>>;
};

/** The React component of a Linkki element. */
export type LinkkiComponent<T extends LinkkiTagName> = ReactWebComponent<HTMLElementTagNameMap[T], EventProps<T>> & {
  /** The element's tag. */
  readonly tagName: T;
  /** The props set on the element as properties (the rest are attributes). */
  readonly propertyNames: readonly string[];
};

/** `linkki-sign-in-requested` → `onLinkkiSignInRequested`. */
export function eventProp(name: string): string {
  return `on${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
}

const isDefined = (tagName: string): boolean => typeof customElements !== 'undefined' && customElements.get(tagName) !== undefined;

/** One import per tag, shared by every instance. */
const loading = new Map<string, Promise<unknown>>();
function define(tagName: string, load: () => Promise<unknown>): Promise<unknown> {
  let pending = loading.get(tagName);
  if (!pending) {
    pending = isDefined(tagName) ? Promise.resolve() : load().then(() => customElements.whenDefined(tagName));
    loading.set(tagName, pending);
    // A failed import may be tried again by the next wrapper that mounts.
    pending.catch(() => loading.delete(tagName));
  }
  return pending;
}

export interface ComponentSpec<T extends LinkkiTagName> {
  tagName: T;
  /** The element class's name, for React DevTools. */
  displayName: string;
  /** The element's public properties: React sets them as properties, not attributes (objects, arrays, camelCase names). */
  properties: readonly string[];
  /** The element's events (`ELEMENT_EVENTS[tagName]`). */
  events: (typeof ELEMENT_EVENTS)[T];
  /** Imports the module that defines the element (only in the browser, on first mount). */
  load: () => Promise<unknown>;
}

/**
 * A React component for a Linkki element, made with `@lit/react`'s `createComponent`.
 *
 * Safe to import and render on a server: nothing here touches `window`, `document` or
 * `customElements` at import time, and the element's module (which defines the element) is imported
 * only in the browser, when a wrapper first mounts. The server renders the tag with its attributes;
 * properties and listeners are set in the browser. Until the element is defined, properties are held
 * back (an instance property set before the upgrade would hide the element's own accessor), so a
 * value never gets lost; listeners are added at once.
 */
export function linkkiComponent<T extends LinkkiTagName>(spec: ComponentSpec<T>): LinkkiComponent<T> {
  const properties = new Set(spec.properties);
  // `@lit/react` asks `name in elementClass.prototype` to tell properties from attributes; the real
  // class is not imported here (its module defines the element), so a stand-in lists the properties.
  const prototype = Object.fromEntries(spec.properties.map((name) => [name, undefined]));
  const elementClass = { name: spec.displayName, prototype } as unknown as new () => HTMLElementTagNameMap[T];
  const events = Object.fromEntries(spec.events.map((name) => [eventProp(name), name])) as unknown as EventProps<T>;
  const Inner = createComponent({ react: React, tagName: spec.tagName, elementClass, events, displayName: `${spec.displayName}Element` });

  const Outer = React.forwardRef<HTMLElementTagNameMap[T], Record<string, unknown>>((props, ref) => {
    const [ready, setReady] = React.useState(() => isDefined(spec.tagName));
    React.useEffect(() => {
      if (ready) return;
      let mounted = true;
      define(spec.tagName, spec.load).then(
        () => mounted && setReady(true),
        (error: unknown) => console.error(`<${spec.tagName}> could not be loaded`, error),
      );
      return () => {
        mounted = false;
      };
    }, [ready]);
    const passed = ready ? props : Object.fromEntries(Object.entries(props).filter(([name]) => !properties.has(name)));
    return React.createElement(Inner as React.ElementType, { ...passed, ref });
  });
  Outer.displayName = spec.displayName;
  return Object.assign(Outer, { tagName: spec.tagName, propertyNames: spec.properties }) as unknown as LinkkiComponent<T>;
}
