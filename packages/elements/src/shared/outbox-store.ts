import { storageFor, type DraftMode } from './draft-controller.js';

/** One frozen submission: sent byte for byte under the same key until the server decides. */
export interface OutboxEntry<T> {
  key: string;
  /** Where to POST; without it the host sends the body. */
  endpoint: string | undefined;
  body: T;
}

/** Where an element's pending entries wait: a list under `<storageKey>:outbox`. */
export interface OutboxSlot {
  storage: DraftMode;
  key: string;
}

/** Entries of `draft="none"` (and of storage that is full or blocked): gone with the page. */
const memory = new Map<string, OutboxEntry<unknown>[]>();
/** Idempotency keys held by a connected element on this page, so that no two send the same entry. */
const claimed = new Set<string>();

function stored<T>(slot: OutboxSlot): OutboxEntry<T>[] {
  try {
    const raw = storageFor(slot.storage)?.getItem(slot.key);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? (list as OutboxEntry<T>[]) : [];
  } catch {
    return [];
  }
}

/** Every entry waiting in the slot, in storage or in this page's memory. */
export function entriesIn<T>(slot: OutboxSlot): OutboxEntry<T>[] {
  const kept = stored<T>(slot);
  return [...kept, ...((memory.get(slot.key) ?? []) as OutboxEntry<T>[]).filter((m) => !kept.some((s) => s.key === m.key))];
}

/** Adds or replaces (by key) an entry; storage that cannot take it leaves it in memory. */
export function putEntry<T>(slot: OutboxSlot, entry: OutboxEntry<T>) {
  removeEntry(slot, entry.key);
  const storage = storageFor(slot.storage);
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(slot.key, JSON.stringify([...stored<T>(slot), entry]));
  } catch {
    memory.set(slot.key, [...(memory.get(slot.key) ?? []), entry]);
  }
}

export function removeEntry(slot: OutboxSlot, key: string) {
  memory.set(slot.key, (memory.get(slot.key) ?? []).filter((e) => e.key !== key));
  const storage = storageFor(slot.storage);
  const rest = stored(slot).filter((e) => e.key !== key);
  try {
    if (rest.length) storage?.setItem(slot.key, JSON.stringify(rest));
    else storage?.removeItem(slot.key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}

/** Takes an entry for one element; false when another connected element on the page has it. */
export function claim(key: string): boolean {
  if (claimed.has(key)) return false;
  claimed.add(key);
  return true;
}

export function release(key: string) {
  claimed.delete(key);
}
