import type { ValidationIssue } from '@linkki/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftMode } from './draft-controller.js';
import { backoffMs, postJson } from './endpoint-client.js';
import { claim, entriesIn, putEntry, release, removeEntry, type OutboxEntry, type OutboxSlot } from './outbox-store.js';

export type OutboxState = 'idle' | 'sending' | 'waiting' | 'failed' | 'rejected' | 'done';
export type { OutboxEntry };

export interface OutboxSettings {
  /** Where a pending body waits across reloads; `none` keeps it in memory for the page's life. */
  storage: DraftMode;
  storageKey: string;
  timeoutMs: number;
  /** First wait before a retry; doubles each time up to 30 s. */
  retryBaseMs: number;
  /** Headers for each attempt, read when it is made (e.g. `Authorization`): never frozen or stored with the entry. */
  headers?: () => Record<string, string>;
}

export interface OutboxCallbacks<T> {
  announce: (key: string, options?: Record<string, unknown>) => void;
  /** The server (or the host) stored `body`, the exact object that was sent. */
  sent: (body: T, reply: unknown) => void;
  /** A final 4xx: nothing was stored; the entry is dropped so the person can correct and send again. */
  rejected: (status: number, issues: ValidationIssue[]) => void;
  /** Automatic attempts ran out; the entry stays pending and is sent again when asked, online or reloaded. */
  gaveUp: () => void;
  /** No endpoint: the host must send `body` and call `finish()` or `reject()`. Called again after a reload. */
  handOver: (body: T) => void;
}

/** Automatic attempts in a row before the person is told to try later. */
export const MAX_ATTEMPTS = 6;

/**
 * The shared outbox of every element that posts. `send()` freezes the validated body and keeps it
 * as pending (in the draft's storage) before the first attempt; every retry — backoff timer, "try
 * now", the browser coming back online, the page reloaded or reopened — re-sends exactly that body
 * with its Idempotency-Key until the server answers 2xx or a final 4xx. So a reply lost after the
 * server stored the body is a replay on the next attempt, never a conflict or a duplicate.
 */
export class OutboxController<T> implements ReactiveController {
  state: OutboxState = 'idle';
  reference: string | undefined;
  rejectedStatus = 0;
  secondsLeft = 0;
  private attempt = 0;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private abort: AbortController | undefined;
  private readonly onOnline = () => this.retryNow();
  /** The entry this element froze or resumed, and where it waits: fixed until the server decides. */
  private entry: OutboxEntry<T> | undefined;
  private slot: OutboxSlot | undefined;
  private resuming = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly settings: () => OutboxSettings,
    private readonly callbacks: OutboxCallbacks<T>,
  ) {
    host.addController(this);
  }

  /** True while a body is pending: the element should not let it be edited. */
  get busy() {
    return this.state === 'sending' || this.state === 'waiting' || this.state === 'failed';
  }

  /** This element's pending entry, if any (also one resumed from an earlier page load). */
  get pending(): OutboxEntry<T> | undefined {
    return this.entry;
  }

  private slotNow(): OutboxSlot {
    const { storage, storageKey } = this.settings();
    return { storage, key: `${storageKey}:outbox` };
  }

  private hold(entry: OutboxEntry<T>, slot: OutboxSlot) {
    this.entry = entry;
    this.slot = slot;
    claim(entry.key);
    putEntry(slot, entry);
  }

  /** The server decided: the entry leaves the slot. */
  private drop(): OutboxEntry<T> | undefined {
    const entry = this.entry;
    if (entry && this.slot) removeEntry(this.slot, entry.key);
    if (entry) release(entry.key);
    this.entry = undefined;
    return entry;
  }

  /**
   * Freezes `entry` as pending, asks `confirm` (e.g. a cancelable event; false drops it), then
   * sends it. Without an endpoint the host may finish or refuse it inside `confirm` already.
   */
  send(entry: OutboxEntry<T>, confirm: (body: T) => boolean = () => true) {
    const frozen = JSON.parse(JSON.stringify(entry)) as OutboxEntry<T>;
    this.hold(frozen, this.slotNow());
    this.attempt = 0;
    this.set('sending');
    if (!confirm(frozen.body)) {
      if (this.state === 'sending' && this.entry?.key === frozen.key) {
        this.drop();
        this.set('idle');
      }
      return;
    }
    if (this.state !== 'sending') return;
    this.callbacks.announce('status.sending');
    if (frozen.endpoint) void this.post(frozen, frozen.endpoint);
  }

  retryNow() {
    if (this.state !== 'waiting' && this.state !== 'failed') return;
    const entry = this.entry;
    if (!entry) return;
    this.stopTimers();
    if (this.state === 'failed') this.attempt = 0;
    this.set('sending');
    this.dispatch(entry);
  }

  /** The server or the host stored the pending body. */
  finish(reply: unknown) {
    this.stopTimers();
    const entry = this.drop();
    const reference = (reply as { reference?: unknown } | undefined)?.reference;
    this.reference = typeof reference === 'string' || typeof reference === 'number' ? String(reference) : undefined;
    this.set('done');
    if (entry) this.callbacks.sent(entry.body, reply);
  }

  /** A final refusal: nothing was stored, so the pending body is dropped. */
  reject(status: number, issues: ValidationIssue[]) {
    this.stopTimers();
    this.drop();
    this.rejectedStatus = status;
    this.set('rejected');
    this.callbacks.announce(issues.length ? 'status.rejected' : 'status.rejectedUnknown', { status });
    this.callbacks.rejected(status, issues);
  }

  /** Forgets a finished or refused submission. A pending one is never dropped here. */
  reset() {
    if (this.busy) return;
    this.reference = undefined;
    this.rejectedStatus = 0;
    this.set('idle');
  }

  /** What the visible status says, or nothing when there is nothing to say. */
  view(): { key: string; options?: Record<string, unknown>; tone: 'info' | 'warning' | 'error'; canRetry: boolean } | undefined {
    switch (this.state) {
      case 'sending':
        return { key: 'status.sending', tone: 'info', canRetry: false };
      case 'waiting':
        return { key: 'status.retrying', options: { seconds: this.secondsLeft }, tone: 'warning', canRetry: true };
      case 'failed':
        return { key: 'status.gaveUp', tone: 'error', canRetry: true };
      case 'rejected':
        return this.rejectedStatus && this.rejectedStatus !== 422 ? { key: 'status.rejectedUnknown', options: { status: this.rejectedStatus }, tone: 'error', canRetry: false } : undefined;
      default:
        return undefined;
    }
  }

  /**
   * Picks up this element's own pending entry after a reconnect, or one left in its slot by an
   * earlier page load that no other element on the page holds, and listens for the network.
   */
  hostConnected() {
    addEventListener('online', this.onOnline);
    if (this.entry && !claim(this.entry.key)) this.entry = undefined;
    if (!this.entry) {
      const slot = this.slotNow();
      const found = entriesIn<T>(slot).find((e) => claim(e.key));
      if (found) {
        this.entry = found;
        this.slot = slot;
      }
    }
    const entry = this.entry;
    if (!entry || this.busy || this.state === 'done' || this.resuming) return;
    this.attempt = 0;
    this.resuming = true;
    this.set('sending');
    // After the first render, so that the host's listeners and the status region are in place.
    void this.host.updateComplete.then(() => {
      this.resuming = false;
      if (this.state !== 'sending' || this.entry?.key !== entry.key) return;
      this.callbacks.announce('status.resumed');
      this.dispatch(entry);
    });
  }

  hostDisconnected() {
    removeEventListener('online', this.onOnline);
    this.stopTimers();
    this.generation += 1;
    this.abort?.abort();
    // Still pending: it stays in its slot; connecting again (this or another element) resumes it.
    if (this.entry) release(this.entry.key);
    if (this.busy) this.state = 'idle';
  }

  private dispatch(entry: OutboxEntry<T>) {
    if (entry.endpoint) void this.post(entry, entry.endpoint);
    else this.callbacks.handOver(entry.body);
  }

  private async post(entry: OutboxEntry<T>, endpoint: string) {
    const generation = ++this.generation;
    this.attempt += 1;
    this.abort = new AbortController();
    const { timeoutMs, retryBaseMs, headers } = this.settings();
    const outcome = await postJson(endpoint, entry.body, { idempotencyKey: entry.key, timeoutMs, signal: this.abort.signal, headers: headers?.() });
    if (generation !== this.generation || this.state !== 'sending') return;
    if (outcome.kind === 'ok') this.finish(outcome.body);
    else if (outcome.kind === 'rejected') this.reject(outcome.status, outcome.issues);
    else if (this.attempt >= MAX_ATTEMPTS) {
      this.set('failed');
      this.callbacks.announce('status.gaveUp');
      this.callbacks.gaveUp();
    } else this.wait(backoffMs(this.attempt, retryBaseMs));
  }

  private wait(ms: number) {
    this.secondsLeft = Math.ceil(ms / 1000);
    this.set('waiting');
    this.callbacks.announce('status.retrying', { seconds: this.secondsLeft });
    this.ticker = setInterval(() => {
      this.secondsLeft = Math.max(0, this.secondsLeft - 1);
      this.host.requestUpdate();
    }, 1000);
    this.timer = setTimeout(() => {
      const entry = this.entry;
      this.stopTimers();
      if (!entry) return;
      this.set('sending');
      this.dispatch(entry);
    }, ms);
  }

  private stopTimers() {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
  }

  private set(state: OutboxState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
