/** A comparison figure the embedder passes in, e.g. a regional mean; Linkki hard-codes none. */
export interface ReferenceLine {
  label: string;
  /** A score on the instrument's scale. */
  value: number;
  /** Where the figure comes from, shown with it. */
  source?: string;
}

/** Whether `reference` can be drawn: an object with a label and a number from `min` to `max`. */
export function isReferenceLine(reference: unknown, min: number, max: number): reference is ReferenceLine {
  if (typeof reference !== 'object' || reference === null) return false;
  const { label, value } = reference as Partial<ReferenceLine>;
  return typeof label === 'string' && label.trim() !== '' && typeof value === 'number' && value >= min && value <= max;
}
