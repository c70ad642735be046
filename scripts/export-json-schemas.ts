// Writes one draft 2020-12 JSON Schema per exported document, for servers that are not JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORTED_SCHEMAS, SEMANTIC_RULES, toJsonSchema, type ExportedSchemaName } from '../packages/schema/src/index.js';

const outDir = process.argv[2] ?? 'packages/schema/dist/json-schema';
mkdirSync(outDir, { recursive: true });
for (const name of Object.keys(EXPORTED_SCHEMAS) as ExportedSchemaName[]) {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
writeFileSync(join(outDir, 'SEMANTIC_RULES.md'), `# Rules JSON Schema cannot state\n\n${SEMANTIC_RULES.map((r) => `- ${r}`).join('\n')}\n`);
console.log(`  ${Object.keys(EXPORTED_SCHEMAS).length} JSON Schemas → ${outDir}`);
