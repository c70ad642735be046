import { MEASURE_INSTRUMENTS } from '@linkki/schema';

export type Instrument = (typeof MEASURE_INSTRUMENTS)[number];

/**
 * A reference figure the embedder supplies, e.g. `{ instrument: 'swemwbs', label: 'Suomi 2023',
 * value: 23.9 }`: drawn on that instrument's chart and listed in its table. Linkki has no built-in norms.
 */
export interface ReportReference {
  instrument: Instrument;
  label: string;
  /** A mean on the instrument's scale (SWEMWBS metric 7–35, ESIS 0–100). */
  value: number;
  /** Where the figure comes from, shown with it. */
  source?: string;
}

/** The range of each instrument's score: SWEMWBS metric score, ESIS 0–100. */
export const SCALES: Record<Instrument, [number, number]> = { swemwbs: [7, 35], esis: [0, 100] };

/** The references that can be drawn: a known instrument, a label, a value on its scale; anything else is left out. */
export function usableReferences(references: unknown): ReportReference[] {
  if (!Array.isArray(references)) return [];
  return references.filter((r): r is ReportReference => {
    if (typeof r !== 'object' || r === null) return false;
    const { instrument, label, value, source } = r as Partial<ReportReference>;
    if (!MEASURE_INSTRUMENTS.includes(instrument as Instrument) || typeof label !== 'string' || !label.trim()) return false;
    if (source !== undefined && typeof source !== 'string') return false;
    const [min, max] = SCALES[instrument as Instrument];
    return typeof value === 'number' && value >= min && value <= max;
  });
}
