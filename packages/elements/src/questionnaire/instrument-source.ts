import { validateInstrumentDefinition, type InstrumentDefinition, type ValidationIssue } from '@linkki/schema';

export type InstrumentSource =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; definition: InstrumentDefinition }
  | { status: 'invalid'; issues: ValidationIssue[] }
  | { status: 'failed' };

const cache = new Map<string, Promise<InstrumentSource>>();

/**
 * Loads an organisation's instrument file once per URL (several elements on a page share it) and
 * validates it; never throws.
 */
export function loadInstrument(url: string): Promise<InstrumentSource> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchDefinition(url);
    cache.set(url, pending);
    void pending.then((result) => result.status === 'failed' && cache.delete(url));
  }
  return pending;
}

async function fetchDefinition(url: string): Promise<InstrumentSource> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return { status: 'failed' };
    const result = validateInstrumentDefinition(await response.json());
    return result.ok ? { status: 'ready', definition: result.value } : { status: 'invalid', issues: result.issues };
  } catch {
    return { status: 'failed' };
  }
}
