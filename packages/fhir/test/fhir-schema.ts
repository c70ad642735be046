import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The FHIR R4 (4.0.1) JSON Schema (draft-06), checked with ajv. See SCHEMA-SOURCE.md for where the
 * file comes from.
 *
 * The schema's patterns are written for XML Schema regular expressions, where `\s` is only space,
 * tab, CR and LF — so the `string` pattern `[ \r\n\t\S]+` means "not empty". In JavaScript `\s` is
 * every Unicode space, which would reject a FHIR string with a no-break space in it (a Finnish
 * phone number or a name may well have one). Patterns are translated to XML Schema's meaning
 * before the schema is compiled; nothing else in it is changed.
 */
const XSD_SPACE = ' \\t\\n\\r';
const XSD_NON_SPACE_IN_CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u0021-\\u{10FFFF}';

export function xsdPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[++i]!;
      if (next === 's') out += inClass ? XSD_SPACE : `[${XSD_SPACE}]`;
      else if (next === 'S') out += inClass ? XSD_NON_SPACE_IN_CLASS : `[^${XSD_SPACE}]`;
      else out += `\\${next}`;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

const require = createRequire(import.meta.url);
const schemaPath = new URL('./fhir.schema.json', import.meta.url);
export const fhirSchemaBytes = readFileSync(schemaPath);
const schema = JSON.parse(fhirSchemaBytes.toString('utf8'), (key, value) =>
  key === 'pattern' && typeof value === 'string' ? xsdPattern(value) : value,
) as { id: string; definitions: Record<string, unknown> };

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** A validator for one resource type, compiled on first use (the whole schema is compiled once). */
export function validatorFor(resourceType: string): ValidateFunction {
  let validate = compiled.get(resourceType);
  if (validate) return validate;
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    // The draft-06 file names itself with the draft-04 keyword `id`, which ajv 8 refuses: as `$id`.
    const { id, ...rest } = schema;
    ajv.addSchema({ ...rest, $id: id });
  }
  validate = ajv.compile({ $ref: `${schema.id}#/definitions/${resourceType}` });
  compiled.set(resourceType, validate);
  return validate;
}

/** Counts every resource checked, so the suite can report how many it validated. */
export const validatedCount = { resources: 0 };

/**
 * Throws with ajv's errors unless `resource` is valid FHIR R4 for its `resourceType`. A Bundle's
 * entries are checked by the schema as part of it and again one by one, so an error names its entry.
 */
export function assertValidFhir(resource: { resourceType: string; entry?: readonly { resource?: { resourceType: string } }[] }): void {
  const validate = validatorFor(resource.resourceType);
  validatedCount.resources++;
  if (!(validate(resource) as boolean)) {
    throw new Error(`${resource.resourceType} is not valid FHIR R4:\n${JSON.stringify(validate.errors?.slice(0, 8), null, 2)}\n${JSON.stringify(resource, null, 2).slice(0, 3000)}`);
  }
  for (const entry of resource.entry ?? []) if (entry.resource) assertValidFhir(entry.resource as { resourceType: string });
}
