import type { ValidationIssue } from '@linkki/schema';

/**
 * A FHIR resource that does not carry a Linkki document, or a Linkki document that FHIR cannot
 * express. `issues` lists the schema's findings when the mapped result did not validate.
 */
export class FhirMappingError extends Error {
  override readonly name = 'FhirMappingError';
  constructor(
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function fail(message: string): never {
  throw new FhirMappingError(message);
}

/** The validated value, or a FhirMappingError with the schema's issues. */
export function validated<T>(what: string, result: { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }): T {
  if (result.ok) return result.value;
  const list = result.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
  throw new FhirMappingError(`The ${what} read from FHIR is not valid: ${list}`, result.issues);
}

/**
 * Runs a reader over a resource that came from elsewhere: a shape it did not expect (an array where
 * an object should be, a missing element) becomes a FhirMappingError too, never a TypeError.
 */
export function reading<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FhirMappingError) throw error;
    throw new FhirMappingError(`The ${what} is not shaped as Linkki writes it: ${(error as Error).message}`);
  }
}
