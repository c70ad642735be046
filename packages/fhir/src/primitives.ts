import type { Extension } from '@medplum/fhirtypes';
import { fail } from './errors.js';

/**
 * FHIR R4 `dateTime` with a time: a year from 0001, seconds present, an offset within ±14:00.
 * Linkki's ISO date-times are a wider set (year 0000, any offset), so what FHIR cannot hold is
 * refused rather than changed.
 */
const DATE_TIME = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$/;

export function dateTime(value: string, field: string): string {
  if (!DATE_TIME.test(value)) fail(`${field} ${value} cannot be written as a FHIR R4 dateTime`);
  return value;
}

export const extensionOf = (extensions: readonly Extension[] | undefined, url: string) => extensions?.find((e) => e.url === url);

/** The object without `undefined` fields, so mapped resources carry only what is known. */
export const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
