import { onStringsChanged } from '../i18n/index.js';

let version = 0;
onStringsChanged(() => (version += 1));

/**
 * A number that changes whenever strings are added or replaced (a language arrives, an embedder's
 * `registerStrings`): text worked out from strings and kept is stale once it changes.
 */
export const stringsVersion = () => version;
