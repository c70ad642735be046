import { MEASURE_INSTRUMENTS } from '@linkki/schema';
import { isReferenceLine, type ReferenceLine } from '../shared/reference-lines.js';

export type Instrument = (typeof MEASURE_INSTRUMENTS)[number];

/**
 * A reference figure the embedder supplies, e.g. `{ instrument: 'swemwbs', label: 'Suomi 2023',
 * value: 23.9 }`: drawn on that instrument's chart and listed in its table. Linkki has no built-in norms.
 */
export interface ReportReference extends ReferenceLine {
  instrument: Instrument;
  /** A mean on the instrument's scale (SWEMWBS metric 7–35, ESIS 0–100). */
  value: number;
}

/** The range of each instrument's score: SWEMWBS metric score, ESIS 0–100. */
export const SCALES: Record<Instrument, [number, number]> = { swemwbs: [7, 35], esis: [0, 100] };

/** The references that can be drawn: a known instrument, a label, a value on its scale; anything else is left out. */
export function usableReferences(references: unknown): ReportReference[] {
  if (!Array.isArray(references)) return [];
  return references.filter((r): r is ReportReference => {
    const { instrument, source } = (r ?? {}) as Partial<ReportReference>;
    if (!MEASURE_INSTRUMENTS.includes(instrument as Instrument) || (source !== undefined && typeof source !== 'string')) return false;
    return isReferenceLine(r, ...SCALES[instrument as Instrument]);
  });
}
