import type { CaseEvent, QuestionnaireResponse, ValidationIssue } from '@linkki/schema';
import type { ReactiveControllerHost } from 'lit';
import { OutboxController, type OutboxEntry, type OutboxSettings } from '../../shared/outbox-controller.js';
import { entriesIn, putEntry, removeEntry } from '../../shared/outbox-store.js';

/** What the timeline posts: a case event, or a questionnaire response for the case's `/responses`. */
export type SavedBody = CaseEvent | QuestionnaireResponse;

export interface SaverCallbacks {
  announce: (key: string, options?: Record<string, unknown>) => void;
  /** One entry was stored (the server's reply, e.g. `{ id }` for a response). */
  saved: (entry: OutboxEntry<SavedBody>, reply: unknown) => void;
  /** Every entry of the save (and any left from earlier) is stored. */
  allSaved: () => void;
  /** A final refusal: the rest of this save is dropped too, and the form keeps what was typed. */
  rejected: (status: number, issues: ValidationIssue[]) => void;
  gaveUp: () => void;
}

/**
 * Saves one or more entries in order through the shared outbox (the close form: the end SWEMWBS,
 * then the closure). All of them are frozen into the outbox slot at once, so a reload part-way
 * resumes what is left; each goes under its own Idempotency-Key until the server decides.
 */
export class EventSaver {
  readonly outbox: OutboxController<SavedBody>;
  /** Keys of the entries of the save in progress, in order. */
  private batch: string[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly settings: () => OutboxSettings,
    private readonly callbacks: SaverCallbacks,
  ) {
    this.outbox = new OutboxController<SavedBody>(host, settings, {
      announce: callbacks.announce,
      sent: (body, reply) => this.onSent(body, reply),
      rejected: (status, issues) => this.onRejected(status, issues),
      gaveUp: callbacks.gaveUp,
      // Every entry has an endpoint; there is no host to hand over to.
      handOver: () => {},
    });
  }

  private get slot() {
    const { storage, storageKey } = this.settings();
    return { storage, key: `${storageKey}:outbox` };
  }

  get busy() {
    return this.outbox.busy;
  }

  save(entries: OutboxEntry<SavedBody>[]) {
    if (this.busy || entries.length === 0) return;
    const [first, ...rest] = entries.map((e) => JSON.parse(JSON.stringify(e)) as OutboxEntry<SavedBody>);
    this.batch = [first!.key, ...rest.map((e) => e.key)];
    for (const entry of rest) putEntry(this.slot, entry);
    this.outbox.send(first!);
  }

  private onSent(body: SavedBody, reply: unknown) {
    const key = this.batch.shift();
    this.callbacks.saved({ key: key ?? '', endpoint: undefined, body }, reply);
    const next = entriesIn<SavedBody>(this.slot)[0];
    if (next) {
      if (!this.batch.includes(next.key)) this.batch = [next.key, ...this.batch];
      this.outbox.send(next);
    } else {
      this.batch = [];
      this.callbacks.allSaved();
    }
  }

  private onRejected(status: number, issues: ValidationIssue[]) {
    // Nothing of the refused entry was stored; what followed it in this save is not sent either.
    for (const key of this.batch) removeEntry(this.slot, key);
    this.batch = [];
    this.callbacks.rejected(status, issues);
  }
}
