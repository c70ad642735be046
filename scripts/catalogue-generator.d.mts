import type { Catalogue } from '@linkki/schema';

/** A catalogue of `size` fictional activities across Lapland municipalities; deterministic per seed. */
export function makeCatalogue(size: number, seed?: number): Catalogue;

/** A seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1). */
export function random(seed: number): () => number;
