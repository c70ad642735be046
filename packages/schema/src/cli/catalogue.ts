#!/usr/bin/env node
// linkki-catalogue import [--from csv|hsds|ptv] <file> [--channels channels.json]: a spreadsheet export
// (CSV, UTF-8, Finnish headers), Open Referral HSDS 3.0 JSON or Suomi.fi PTV Open API v11 JSON → a
// validated catalogue JSON on stdout. CSV: problems go to stderr by line and column, exit 1 if there
// are any (and nothing is printed). HSDS and PTV: each entry left out is reported on stderr with its
// reason, the rest is printed. Exit 2 on wrong usage.
import { readFileSync } from 'node:fs';
import { CSV_COLUMNS, importCatalogueCsv } from '../catalogue-import.js';
import { fromHsds } from '../hsds.js';
import { fromPtv } from '../ptv.js';

const USAGE = `Käyttö: linkki-catalogue import [--from csv|hsds|ptv] tiedosto [--channels kanavat.json] > catalogue.json

Muuntaa toimintaluetteloksi
  csv   taulukon (CSV, UTF-8, erottimena ; tai ,) — oletus
  hsds  Open Referral HSDS 3.0 -palvelut (GET /services -vastaus tai taulukko palveluita)
  ptv   Suomi.fi-palvelutietovarannon (PTV) Open API v11 -palvelut ja niiden palvelukanavat:
        { "services": [...], "serviceChannels": [...] }, tai palvelut yhdessä tiedostossa ja
        kanavat (GET /api/v11/ServiceChannel/list) toisessa: --channels kanavat.json
CSV-sarakkeet: ${CSV_COLUMNS.map((c) => `${c.header}${c.required ? ' (pakollinen)' : ''}`).join(', ')}`;

const usage = () => {
  console.error(USAGE);
  process.exit(2);
};

const [command, ...args] = process.argv.slice(2);
let from = 'csv';
let channelsFile: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--from') from = args[++i] ?? '';
  else if (args[i] === '--channels') channelsFile = args[++i];
  else files.push(args[i]!);
}
if (command !== 'import' || files.length !== 1 || !['csv', 'hsds', 'ptv'].includes(from) || (channelsFile !== undefined && from !== 'ptv')) usage();

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    console.error(`Tiedostoa ei voi lukea: ${file}`);
    process.exit(2);
  }
}
function readJson(file: string): unknown {
  try {
    return JSON.parse(read(file));
  } catch {
    console.error(`Tiedosto ei ole JSONia: ${file}`);
    process.exit(2);
  }
}

const today = new Date().toISOString().slice(0, 10);
const print = (activities: unknown[]) => process.stdout.write(`${JSON.stringify({ updated: today, activities }, null, 2)}\n`);

if (from === 'csv') {
  const { catalogue, errors } = importCatalogueCsv(read(files[0]!));
  if (errors.length) {
    for (const e of errors) console.error(`rivi ${e.line}${e.column ? `, sarake ${e.column}` : ''}: ${e.message}`);
    console.error(`\n${errors.length} ${errors.length === 1 ? 'virhe' : 'virhettä'}. Korjaa taulukko ja aja muunnos uudelleen; luetteloa ei tehty.`);
    process.exit(1);
  }
  print(catalogue.activities);
  console.error(`${catalogue.activities.length} toimintaa muunnettu.`);
} else if (from === 'hsds') {
  const { activities, issues } = fromHsds(readJson(files[0]!), { today });
  for (const issue of issues) console.error(`palvelu ${issue.index + 1}${issue.id ? ` (${issue.id})` : ''}: jätetty pois, kenttä ${issue.path.join('.') || '–'}: ${issue.code}`);
  print(activities);
  console.error(`${activities.length} toimintaa muunnettu, ${new Set(issues.map((i) => i.index)).size} palvelua jätetty pois.`);
} else {
  const input = readJson(files[0]!);
  const bundle = channelsFile ? { services: input, serviceChannels: readJson(channelsFile) } : input;
  const { activities, skipped } = fromPtv(bundle, { today });
  for (const s of skipped) {
    const fields = s.issues?.map((i) => `${i.path.join('.')}: ${i.code}`).join(', ');
    console.error(`palvelu ${s.index + 1}${s.id ? ` (${s.id})` : ''}: jätetty pois — ${s.message}${fields ? ` (${fields})` : ''}`);
  }
  print(activities);
  console.error(`${activities.length} toimintaa muunnettu, ${skipped.length} ${skipped.length === 1 ? 'palvelu' : 'palvelua'} jätetty pois.`);
}
