// Renders the translation status JSON as the README table. `--write` updates README.md in place;
// without it, prints the table. test/node/readme.test.ts fails when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- translation-status:start -->';
const END = '<!-- translation-status:end -->';
const NAMES = { fi: 'Finnish', se: 'Northern Sami', smn: 'Inari Sami', sms: 'Skolt Sami', sv: 'Swedish', en: 'English' };

export function statusTable(status) {
  const rows = Object.entries(NAMES).map(([code, name]) => {
    const s = status[code] ?? {};
    const reviewed = s.reviewed ? `yes (${s.reviewedBy})` : 'no';
    return `| \`${code}\` | ${name} | ${reviewed} | ${s.method ?? ''} | ${(s.notes ?? []).length} |`;
  });
  return ['| code | language | reviewed by a native speaker | how it was written | terms to review |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function renderReadme(readme, status) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README has no translation-status markers');
  return `${readme.slice(0, start + START.length)}\n${statusTable(status)}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const status = JSON.parse(readFileSync('packages/schema/src/codes/translation-status.json', 'utf8'));
  if (process.argv.includes('--write')) writeFileSync('README.md', renderReadme(readFileSync('README.md', 'utf8'), status));
  else console.log(statusTable(status));
}
