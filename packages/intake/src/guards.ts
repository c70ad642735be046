import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares the bearer token in constant time (hashing first makes the lengths equal). */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * The client's address behind `trustedProxies` reverse proxies (the rule of Express's proxy-addr):
 * each proxy appends the address it saw to X-Forwarded-For, so walking from the socket back through
 * the list, the address after the trusted hops is the first one no client could have written.
 */
export function clientOf(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress || 'unknown';
  if (trustedProxies < 1) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [socket, ...forwarded.reverse()];
  return chain[Math.min(trustedProxies, chain.length - 1)]!;
}

/** A token bucket per client: `perMinute` requests, refilled continuously. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Takes one token; returns the seconds to wait when there is none. */
  take(client: string): { ok: true } | { ok: false; retryAfter: number } {
    const bucket = this.refilled(client);
    if (bucket.tokens < 1) return { ok: false, retryAfter: this.secondsUntilOne(bucket) };
    bucket.tokens -= 1;
    return { ok: true };
  }

  /** Seconds until the client has a token again; 0 when it has one now. Takes nothing. */
  waitFor(client: string): number {
    const bucket = this.refilled(client);
    return bucket.tokens < 1 ? this.secondsUntilOne(bucket) : 0;
  }

  private refilled(client: string) {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    return bucket;
  }

  private secondsUntilOne(bucket: { tokens: number }) {
    return Math.ceil(((1 - bucket.tokens) * 60) / this.perMinute);
  }

  private forgetFull(now: number) {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute >= this.perMinute) this.buckets.delete(client);
    }
  }
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly body: unknown, readonly headers: Record<string, string> = {}) {
    super(`HTTP ${status}`);
  }
}

/** 400 naming the query parameter that is wrong. */
export const invalid = (name: string) => new HttpError(400, { issues: [{ path: [name], code: 'invalid' }] });
export const forbidden = () => new HttpError(403, { error: 'forbidden' });

/** 400 for the first query parameter that is not `allowed` or is given more than once. */
export function onlyParameters(query: URLSearchParams, allowed: Iterable<string>) {
  const known = new Set(allowed);
  for (const name of new Set(query.keys())) {
    if (!known.has(name) || query.getAll(name).length > 1) throw invalid(name);
  }
}

/**
 * Reads a request body as UTF-8 text: 415 unless its content type is one of `types` (the first is
 * named in the answer), 413 over `maxBytes` (said up front or found while reading, which then stops).
 */
export async function readText(req: IncomingMessage, maxBytes: number, types: readonly string[]): Promise<string> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type)) throw new HttpError(415, { error: 'unsupportedMediaType', accept: types[0] });
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new HttpError(413, { error: 'tooLarge', maxBytes });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, { error: 'tooLarge', maxBytes });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body: 415 unless JSON, 413 over `maxBytes` (stops reading), 400 when it does not parse. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const text = await readText(req, maxBytes, ['application/json']);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, { issues: [{ path: [], code: 'invalid' }] });
  }
}
