/** The status token in the intake's 201 (`{ id, reference, statusToken }`), if it gave one. */
export function statusTokenOf(reply: unknown): string | undefined {
  const token = (reply as { statusToken?: unknown } | null | undefined)?.statusToken;
  return typeof token === 'string' && /^[A-Za-z0-9_-]{16,256}$/.test(token) ? token : undefined;
}
