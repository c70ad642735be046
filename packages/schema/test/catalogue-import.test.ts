import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CSV_COLUMNS, importCatalogueCsv, parseCsv, validateCatalogue } from '../src/index.js';

const template = readFileSync(new URL('../../../examples/data/activities-template.csv', import.meta.url), 'utf8');

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, and knows where each record starts', () => {
    const records = parseCsv('\uFEFFa;b;c\r\n1;"x;y";"say ""hi"""\n2;"two\nlines";z\n\n3;;\n');
    assert.deepEqual(records, [
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x;y', 'say "hi"'] },
      { line: 3, cells: ['2', 'two\nlines', 'z'] },
      { line: 6, cells: ['3', '', ''] },
    ]);
  });

  it('detects comma and tab delimiters', () => {
    assert.deepEqual(parseCsv('a,b\n1,"2,5"').map((r) => r.cells), [['a', 'b'], ['1', '2,5']]);
    assert.deepEqual(parseCsv('a\tb\n1\t2').map((r) => r.cells), [['a', 'b'], ['1', '2']]);
  });
});

describe('importCatalogueCsv', () => {
  it('turns the documented template into a valid catalogue', () => {
    const { catalogue, errors } = importCatalogueCsv(template);
    assert.deepEqual(errors, []);
    assert.equal(validateCatalogue(catalogue).ok, true);
    const [choir, duodje, phone] = catalogue.activities;
    assert.deepEqual(choir!.schedule?.rules, [{ frequency: 'biweekly', weekday: 4, start: '13:00', end: '15:00', anchor: '2026-11-05' }]);
    assert.deepEqual(choir!.categories, ['music', 'village']);
    assert.equal(choir!.description?.fi, 'Laulamme tuttuja lauluja.\nKahvit tarjolla.');
    assert.deepEqual(choir!.accessibility?.features, ['step-free', 'hearing-loop']);
    assert.equal(choir!.checked, '2026-11-20');
    assert.deepEqual(duodje!.name, { fi: 'Saamenkielinen käsityöpiiri', se: 'Duodjebiire' });
    assert.deepEqual(duodje!.schedule?.rules, [{ frequency: 'monthly', weekday: 5, weekOfMonth: -1, start: '17:00' }]);
    assert.deepEqual(duodje!.languages, ['se', 'fi']);
    assert.deepEqual(duodje!.attending, ['in-person', 'remote-video']);
    assert.deepEqual(duodje!.cost, { free: false, text: { fi: '5 € kerta' } });
    assert.equal(duodje!.municipality, '890');
    assert.equal(phone!.municipality, '320');
    assert.deepEqual(phone!.attending, ['remote-phone']);
  });

  it('reports bad rows by line and column in plain Finnish, counting lines inside quoted cells', () => {
    const bad = template
      .replace('040 000 0302', 'soita meille')
      .replace(';Sodankylä;Kylätalo;', ';Tampere;Kylätalo;')
      .replace('1.10.2026', '31.2.2026');
    const { catalogue, errors } = importCatalogueCsv(bad);
    assert.deepEqual(errors.map((e) => [e.line, e.column]), [
      [2, 'kunta'],
      [4, 'puhelin'],
      [5, 'tarkistettu'],
    ]);
    assert.match(errors[1]!.message, /Puhelinnumero ei kelpaa/);
    assert.equal(catalogue.activities.length, 0);
  });

  it('reports unknown and missing columns before reading rows', () => {
    const { errors } = importCatalogueCsv('tunnus;nimi;kuntaa\nx;y;z');
    assert.deepEqual(errors.map((e) => e.column), ['kuntaa', 'järjestäjä', 'aiheet', 'kunta', 'maksuton', 'tarkistettu']);
  });

  it('documents every column in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const column of CSV_COLUMNS) assert.ok(readme.includes(`| \`${column.header}\``), `README lacks ${column.header}`);
  });
});

describe('linkki-catalogue CLI', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/schema/src/cli/catalogue.ts', ...args], { encoding: 'utf8' });

  it('prints a catalogue and exits 0 for a good file', () => {
    const run = cli('import', 'examples/data/activities-template.csv');
    assert.equal(run.status, 0);
    assert.equal(JSON.parse(run.stdout).activities.length, 3);
  });

  it('prints errors by line and column, nothing on stdout, and exits 1 for a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkki-csv-'));
    try {
      const file = join(dir, 'bad.csv');
      writeFileSync(file, template.replace('040 000 0302', 'soita meille'));
      const run = cli('import', file);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /rivi 4, sarake puhelin: Puhelinnumero ei kelpaa/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with the usage for wrong arguments or an unreadable file', () => {
    assert.equal(cli().status, 2);
    assert.equal(cli('import', '/no/such/file.csv').status, 2);
  });
});
