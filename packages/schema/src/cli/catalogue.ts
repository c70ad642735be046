#!/usr/bin/env node
// linkki-catalogue import <file.csv>: a spreadsheet export (CSV, UTF-8, Finnish headers) → a validated
// catalogue JSON on stdout. Problems go to stderr by line and column; exit 1 if there are any (and
// nothing is printed to stdout), 2 on wrong usage.
import { readFileSync } from 'node:fs';
import { CSV_COLUMNS, importCatalogueCsv } from '../catalogue-import.js';

const USAGE = `Käyttö: linkki-catalogue import toiminnat.csv > catalogue.json

Muuntaa taulukon (CSV, UTF-8, erottimena ; tai ,) Linkin toimintaluetteloksi.
Sarakkeet: ${CSV_COLUMNS.map((c) => `${c.header}${c.required ? ' (pakollinen)' : ''}`).join(', ')}`;

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'import' || !file || rest.length) {
  console.error(USAGE);
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`Tiedostoa ei voi lukea: ${file}`);
  process.exit(2);
}

const { catalogue, errors } = importCatalogueCsv(text);
if (errors.length) {
  for (const e of errors) console.error(`rivi ${e.line}${e.column ? `, sarake ${e.column}` : ''}: ${e.message}`);
  console.error(`\n${errors.length} ${errors.length === 1 ? 'virhe' : 'virhettä'}. Korjaa taulukko ja aja muunnos uudelleen; luetteloa ei tehty.`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ updated: new Date().toISOString().slice(0, 10), ...catalogue }, null, 2)}\n`);
console.error(`${catalogue.activities.length} toimintaa muunnettu.`);
