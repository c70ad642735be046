import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DraftMode = 'session' | 'local' | 'none';

/** The browser storage of a mode; undefined for `none` or where storage is blocked (privacy modes). */
export function storageFor(mode: DraftMode): Storage | undefined {
  try {
    return mode === 'session' ? sessionStorage : mode === 'local' ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps what a person has typed across a reload or a crashed tab, and nothing else: one JSON entry
 * under one key, in sessionStorage (`session`, the default), localStorage (`local`, opt-in) or
 * nowhere (`none`, for shared computers). Storage that is full or blocked is ignored quietly.
 */
export class DraftController<T> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly settings: () => { mode: DraftMode; key: string },
  ) {
    host.addController(this);
  }

  load(): T | undefined {
    const { mode, key } = this.settings();
    try {
      const raw = storageFor(mode)?.getItem(key);
      return raw ? (JSON.parse(raw) as T) : undefined;
    } catch {
      return undefined;
    }
  }

  save(value: T) {
    const { mode, key } = this.settings();
    try {
      storageFor(mode)?.setItem(key, JSON.stringify(value));
    } catch {
      // Quota or privacy mode: the form still works, it just cannot survive a reload.
    }
  }

  /** Removes the draft from both storages, so switching modes never leaves a copy behind. */
  clear() {
    const { key } = this.settings();
    for (const mode of ['session', 'local'] as const) {
      try {
        storageFor(mode)?.removeItem(key);
      } catch {
        // Nothing to remove where storage is blocked.
      }
    }
  }

  hostConnected() {}
}
