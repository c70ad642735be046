import type { Catalogue } from '@linkki/schema';

/** A catalogue of `size` fictional activities across Lapland municipalities; deterministic per seed. */
export function makeCatalogue(size: number, seed?: number): Catalogue;
