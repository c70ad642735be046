import type { ValidationIssue } from '@linkki/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffMs, postJson, type PostOptions } from '../shared/endpoint-client.js';

export type SubmissionState = 'idle' | 'sending' | 'waiting' | 'failed' | 'rejected' | 'done';

export interface SubmissionCallbacks {
  announce: (key: string, options?: Record<string, unknown>) => void;
  done: (reply: unknown) => void;
  rejected: (status: number, issues: ValidationIssue[]) => void;
  gaveUp: () => void;
}

export interface SendOptions extends Omit<PostOptions, 'signal'> {
  /** First wait before a retry; doubles each time up to 30 s. */
  retryBaseMs: number;
}

/** Automatic attempts before asking the person to try again later. */
export const MAX_ATTEMPTS = 6;

/**
 * Sends one referral until it is stored: retries network errors, timeouts and 5xx with backoff
 * under the same Idempotency-Key, while the person keeps editing and sees a calm status. Each
 * attempt sends the latest valid version. Without an endpoint it waits for the host's answer.
 */
export class Submission implements ReactiveController {
  state: SubmissionState = 'idle';
  reference: string | undefined;
  private attempt = 0;
  private secondsLeft = 0;
  private rejectedStatus = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private abort: AbortController | undefined;
  private payload: (() => unknown) | undefined;
  private endpoint: string | undefined;
  private options: SendOptions | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: SubmissionCallbacks,
  ) {
    host.addController(this);
  }

  get busy() {
    return this.state === 'sending' || this.state === 'waiting';
  }

  start(endpoint: string | undefined, payload: () => unknown, options: SendOptions) {
    this.endpoint = endpoint;
    this.payload = payload;
    this.options = options;
    this.attempt = 0;
    this.set('sending');
    this.callbacks.announce('status.sending');
    if (endpoint) void this.send();
  }

  retryNow() {
    if (this.state !== 'waiting' && this.state !== 'failed') return;
    this.stopTimers();
    if (this.state === 'failed') this.attempt = 0;
    this.set('sending');
    void this.send();
  }

  finish(reply: unknown) {
    this.stopTimers();
    const reference = (reply as { reference?: unknown } | undefined)?.reference;
    this.reference = typeof reference === 'string' || typeof reference === 'number' ? String(reference) : undefined;
    this.set('done');
    this.callbacks.done(reply);
  }

  reject(status: number, issues: ValidationIssue[]) {
    this.stopTimers();
    this.rejectedStatus = status;
    this.set('rejected');
    this.callbacks.announce(issues.length ? 'status.rejected' : 'status.rejectedUnknown', { status });
    this.callbacks.rejected(status, issues);
  }

  reset() {
    this.stopTimers();
    this.abort?.abort();
    this.reference = undefined;
    this.attempt = 0;
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

  hostDisconnected() {
    this.stopTimers();
  }

  private async send() {
    if (!this.endpoint || !this.payload || !this.options) return;
    this.attempt += 1;
    this.abort = new AbortController();
    const outcome = await postJson(this.endpoint, this.payload(), { ...this.options, signal: this.abort.signal });
    if (this.state !== 'sending') return;
    if (outcome.kind === 'ok') this.finish(outcome.body);
    else if (outcome.kind === 'rejected') this.reject(outcome.status, outcome.issues);
    else if (this.attempt >= MAX_ATTEMPTS) {
      this.set('failed');
      this.callbacks.announce('status.gaveUp');
      this.callbacks.gaveUp();
    } else this.wait(backoffMs(this.attempt, this.options.retryBaseMs));
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
      this.stopTimers();
      this.set('sending');
      void this.send();
    }, ms);
  }

  private stopTimers() {
    clearTimeout(this.timer);
    clearInterval(this.ticker);
  }

  private set(state: SubmissionState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
