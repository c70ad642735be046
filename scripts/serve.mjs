// Serves the demo on localhost under a strict Content-Security-Policy, to show that Linkki needs no
// inline script, no eval and no third-party origin, with the intake service (@linkki/intake) under
// /api/ on the same origin. Usage: node scripts/serve.mjs [--port N]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { configFromEnv, createIntake } from '@linkki/intake';
import { MUNICIPALITY_CODES, scoreSwemwbs, validateCaseEvent, validateQuestionnaireResponse, validateReferral } from '@linkki/schema';
import { assertValid, loadCases, makeEvaluationCases } from './evaluation-data.mjs';

/**
 * The demo's bootstrap admin key (LINKKI_INTAKE_TOKEN unless set), kept from when one shared token
 * served the coordinator page. A real service sets its own secret, or none once staff have keys.
 */
export const DEMO_TOKEN = 'demo-koordinaattori';

/**
 * Fictional demo staff with fixed personal keys, seeded at start (idempotently) and shown on the
 * example pages. No real person: the names are invented. Municipalities: 758 Sodankylä,
 * 047 Enontekiö, 148 Inari; the county's evaluator sees the evaluation report of all 21.
 */
export const DEMO_STAFF = [
  {
    id: 'demo-coordinator',
    key: 'lnk_de30000000000001_demo-koordinaattori-sodankyla-enontekio0000',
    staff: { name: 'Koordinaattori Demo', role: 'coordinator', municipalities: ['758', '047', '148'], languages: ['fi', 'se'] },
  },
  {
    id: 'demo-link-worker-se',
    key: 'lnk_de30000000000002_demo-linkkihenkilo-testi-fi-se0000000000000',
    staff: { name: 'Testi Linkkihenkilö', role: 'link-worker', municipalities: ['758', '047'], languages: ['fi', 'se'], area: 'Sodankylä ja Enontekiö' },
  },
  {
    id: 'demo-link-worker-smn',
    key: 'lnk_de30000000000003_demo-linkkihenkilo-esimerkki-fi-smn00000000',
    staff: { name: 'Esimerkki Lähetti', role: 'link-worker', municipalities: ['148', '758'], languages: ['fi', 'smn'], area: 'Inari ja Pohjois-Sodankylä' },
  },
  {
    id: 'demo-evaluator',
    key: 'lnk_de30000000000004_demo-arvioija000000000000000000000000000000',
    staff: { name: 'Arvioija Demo', role: 'evaluator', municipalities: ['758', '047', '148'], languages: ['fi'] },
  },
  {
    id: 'demo-evaluator-lapland',
    key: 'lnk_de30000000000006_demo-arvioija-lappi-kaikki-kunnat0000000000',
    staff: { name: 'Arvioija Lappi', role: 'evaluator', municipalities: [...MUNICIPALITY_CODES], languages: ['fi'] },
  },
  {
    id: 'demo-admin',
    key: 'lnk_de30000000000005_demo-paakayttaja000000000000000000000000000',
    staff: { name: 'Pääkäyttäjä Demo', role: 'admin', municipalities: [], languages: ['fi'] },
  },
];

/** Adds the demo staff and their keys unless they exist; a key an admin revoked stays revoked. */
export async function seedDemoStaff(intake) {
  for (const { id, key, staff } of DEMO_STAFF) {
    await intake.staff.ensure(id, staff);
    const [, keyId, secret] = /^lnk_([0-9a-f]{16})_(.+)$/.exec(key);
    await intake.staff.ensureKey(id, keyId, secret);
  }
}

/**
 * A fictional self-referral from Sodankylä, assigned to the demo link worker (Testi Linkkihenkilö),
 * so that the link-worker page has a case to save questionnaires to. The same person as on that page.
 */
export const DEMO_CASE = {
  kind: 'self',
  id: 'de300000-0000-4000-8000-00000000a1e0',
  createdAt: '2026-07-14T09:10:00+03:00',
  person: { name: 'Aino Esimerkki', contact: { phone: '040 000 0002' }, age: 79, municipality: '758', language: 'fi' },
  reasons: ['loneliness', 'mood'],
  consent: true,
};
export const DEMO_CASE_WORKER = 'demo-link-worker-se';

const SWEMWBS_ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
/** A SWEMWBS response with its score computed by @linkki/schema, never typed in by hand. */
function swemwbs(timepoint, values, completedAt) {
  const answers = Object.fromEntries(SWEMWBS_ITEMS.map((item, i) => [item, values[i]]));
  return { instrument: { id: 'swemwbs', version: '1.0' }, language: 'fi', timepoint, answers, score: scoreSwemwbs(values), completedAt };
}

/**
 * More fictional cases, so the workspace shows each stage after `npm start`: a new referral
 * waiting in Inari, a case in joint work in Enontekiö with meetings and a start SWEMWBS, and one
 * closed in June in Sodankylä whose three-month follow-up is due. Invented people and numbers.
 */
export const DEMO_CASES = [
  {
    referral: {
      kind: 'professional',
      id: 'de300000-0000-4000-8000-00000000b001',
      createdAt: '2026-11-20T10:00:00+02:00',
      person: { name: 'Sáve Ovdamearka', contact: { phone: '040 000 0011' }, birthYear: 1946, gender: 'male', municipality: '148', language: 'se' },
      referrer: { type: 'health-services', organisation: 'Esimerkkikunnan terveysasema' },
      reasons: ['social-network', 'participation'],
      hopes: 'Saamenkielistä seuraa ja tekemistä kylällä.',
      consent: true,
    },
  },
  {
    referral: {
      kind: 'professional',
      id: 'de300000-0000-4000-8000-00000000b002',
      createdAt: '2026-09-01T09:30:00+03:00',
      person: { name: 'Eeva Esimerkkinen', contact: { email: 'eeva@example.invalid' }, age: 84, gender: 'female', municipality: '047', language: 'fi' },
      referrer: { type: 'social-services', organisation: 'Kotihoito', name: 'Testi Tekijä', contact: { email: 'tekija@example.invalid' }, wantsFeedback: true },
      reasons: ['loneliness', 'physical-functioning'],
      consent: true,
    },
    assign: 'demo-link-worker-se',
    events: [
      { type: 'routed', id: 'de3-b002-1', at: '2026-09-04T12:00:00+03:00', by: 'coordinator', route: 'link-worker' },
      { type: 'meeting', id: 'de3-b002-2', at: '2026-09-15T13:00:00+03:00', by: 'link-worker', place: 'home', durationMinutes: 75, kilometres: 34 },
      { type: 'goals-set', id: 'de3-b002-3', at: '2026-09-15T14:20:00+03:00', by: 'link-worker', goals: ['Pääsisin kerran viikossa ulos ihmisten pariin.', 'Jaksaisin kävellä postille.'] },
      { type: 'activity-tried', id: 'de3-b002-4', at: '2026-10-02T11:00:00+03:00', by: 'link-worker', activity: { name: 'Kylätalon tuolijumppa' } },
      { type: 'meeting', id: 'de3-b002-5', at: '2026-10-20T10:00:00+03:00', by: 'link-worker', place: 'phone', durationMinutes: 20 },
    ],
    responses: [swemwbs('start', [2, 3, 3, 3, 3, 2, 4], '2026-09-15T14:00:00+03:00')],
  },
  {
    referral: {
      kind: 'self',
      id: 'de300000-0000-4000-8000-00000000b003',
      createdAt: '2025-12-10T15:00:00+02:00',
      person: { name: 'Toivo Testaaja', contact: { phone: '040 000 0013' }, age: 71, gender: 'male', municipality: '758', language: 'fi' },
      reasons: ['mood', 'future-plans'],
      consent: true,
    },
    assign: 'demo-link-worker-se',
    events: [
      { type: 'routed', id: 'de3-b003-1', at: '2025-12-12T09:00:00+02:00', by: 'coordinator', route: 'link-worker' },
      { type: 'meeting', id: 'de3-b003-2', at: '2026-01-08T13:00:00+02:00', by: 'link-worker', place: 'outdoors', durationMinutes: 60 },
      { type: 'activity-joined', id: 'de3-b003-3', at: '2026-02-05T18:00:00+02:00', by: 'link-worker', activity: { name: 'Miesten kahvipiiri' } },
      {
        type: 'closed',
        id: 'de3-b003-4',
        at: '2026-06-10T12:00:00+03:00',
        by: 'link-worker',
        closure: {
          endingReason: 'completed',
          meetings: 9,
          hours: { linkWorker: 14.5, coordinator: 1 },
          kilometres: 120,
          recommend: 5,
          wellbeingStrengthened: 4,
          continuing: ['peer-group'],
          activitiesJoined: [{ name: 'Miesten kahvipiiri' }],
          feedbackToReferrer: 'Kiitos lähetteestä. Yhteinen aika päättyi suunnitellusti.',
          feedbackConsent: true,
        },
      },
    ],
    responses: [swemwbs('start', [2, 2, 3, 2, 3, 2, 3], '2026-01-08T14:00:00+02:00'), swemwbs('end', [4, 3, 3, 4, 4, 4, 4], '2026-06-10T11:30:00+03:00')],
  },
];

/** Stores the demo case once (a replay on later starts) and assigns it unless someone has been assigned. */
export async function seedDemoCase(intake) {
  const checked = validateReferral(DEMO_CASE);
  if (!checked.ok) throw new Error(`demo case: ${JSON.stringify(checked.issues)}`);
  await intake.store.saveReferral(DEMO_CASE.id, checked.value);
  const stored = await intake.store.getReferral(DEMO_CASE.id);
  if (stored && !stored.assignedTo) await intake.store.assign(DEMO_CASE.id, DEMO_CASE_WORKER);
  for (const { referral, assign, events = [], responses = [] } of DEMO_CASES) {
    const valid = (result, what) => {
      if (!result.ok) throw new Error(`demo ${what}: ${JSON.stringify(result.issues)}`);
      return result.value;
    };
    await intake.store.saveReferral(referral.id, valid(validateReferral(referral), 'referral'));
    // A demo only: the case arrived when its story says, not when the demo started.
    await intake.store.db.query('UPDATE referrals SET received_at = $2 WHERE id = $1', [referral.id, referral.createdAt]);
    const current = await intake.store.getReferral(referral.id);
    if (assign && !current?.assignedTo) await intake.store.assign(referral.id, assign);
    // Events and responses keep their ids, so later starts replay them instead of adding copies.
    for (const event of events) await intake.store.appendEvent(referral.id, valid(validateCaseEvent(event), 'event'));
    for (const response of responses) {
      await intake.store.recordResponse(referral.id, `demo-${response.timepoint}`, valid(validateQuestionnaireResponse(response), 'response'), 'link-worker');
    }
  }
}

/**
 * The fictional cases behind the demo's evaluation report (scripts/evaluation-data.mjs): 150
 * referrals received in 2025–2026 across Lapland's 21 municipalities, as they stood at the end of
 * November 2026 — enough for numbers in Sodankylä, Kemijärvi and Rovaniemi and hidden small cells
 * in Pelkosenniemi and Savukoski.
 */
export const DEMO_EVALUATION = { count: 150, seed: 14, from: '2025-01-01', to: '2026-11-30' };

/** The demo link worker of a seeded case routed to one: Inari's works in Inari, the other in Sodankylä and Enontekiö; elsewhere nobody. */
const DEMO_LINK_WORKERS = { 148: 'demo-link-worker-smn', 758: 'demo-link-worker-se', '047': 'demo-link-worker-se' };
const demoLinkWorker = ({ referral }) => DEMO_LINK_WORKERS[referral.person.municipality] ?? null;

/**
 * Stores the evaluation cases once, with the times of their story (a later start adds nothing).
 * Returns how many cases each municipality has in the seeds.
 */
export async function seedEvaluationCases(intake) {
  const cases = makeEvaluationCases(DEMO_EVALUATION.count, DEMO_EVALUATION);
  assertValid(cases);
  await loadCases(intake.store.db, cases, { assign: demoLinkWorker });
  const counts = {};
  for (const { referral } of cases) counts[referral.person.municipality] = (counts[referral.person.municipality] ?? 0) + 1;
  return counts;
}

const MOUNTS = [
  ['/dist/', 'packages/elements/dist'],
  ['/schema/', 'packages/schema/dist/json-schema'],
  // Plain ES modules of @linkki/schema without dependencies (code labels, municipalities) for the demo pages.
  ['/schema-modules/', 'packages/schema/dist/codes'],
  ['/storybook/', 'storybook-static'],
  ['/', 'examples'],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
/**
 * Storybook's static build (manager and preview iframe) runs inline scripts and styles, so /storybook/
 * alone gets a looser policy: inline script and style, blob: workers, and framing by its own origin
 * (the manager shows stories in an iframe). Still no third-party origin. The demo pages keep CSP.
 */
const STORYBOOK_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

function locate(urlPath) {
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    const root = resolve(dir);
    let file = resolve(root, normalize(`.${urlPath.slice(prefix.length - 1)}`));
    if (!file.startsWith(root)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** The decoded path of a request target; undefined when it is no URL or no valid percent-encoding (`//[`, `%`). */
function pathOf(target = '/') {
  try {
    return decodeURIComponent(new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname);
  } catch {
    return undefined;
  }
}

/**
 * `dataDir`: where the demo intake keeps its PGlite database (`memory://` keeps nothing);
 * `envDatabase: false` ignores DATABASE_URL (the tests' demo never touches a real database);
 * `database`: an open database to use instead (tests on PostgreSQL, in a schema of their own);
 * `now`: the intake's clock (tests).
 */
export async function startServer(port = 8000, { dataDir = '.data/intake', envDatabase = true, database, now } = {}) {
  const env = configFromEnv();
  const databaseUrl = envDatabase ? env.databaseUrl : undefined;
  const intake = await createIntake(
    { ...env, databaseUrl, dataDir: databaseUrl ? env.dataDir : dataDir, token: env.token ?? DEMO_TOKEN },
    { basePath: '/api', log: (line) => process.env.LINKKI_DEMO_LOG && console.log(line), database, now },
  );
  try {
    await seedDemoStaff(intake);
    await seedDemoCase(intake);
    await seedEvaluationCases(intake);
  } catch (error) {
    await intake.close();
    throw error;
  }
  const server = createServer(async (req, res) => {
    if (await intake.handle(req, res)) return;
    const urlPath = pathOf(req.url);
    const file = urlPath === undefined ? undefined : locate(urlPath);
    const csp = urlPath?.startsWith('/storybook/') ? STORYBOOK_CSP : CSP;
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (urlPath === undefined) {
      res.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  server.on('close', () => void intake.close());
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      void intake.close();
      reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf('--port');
  let port = Number(flag > 0 ? process.argv[flag + 1] : process.env.PORT ?? 8000);
  for (let tries = 0; ; tries++) {
    try {
      await startServer(port);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || tries > 20) throw error;
      port += 1;
    }
  }
  const keys = DEMO_STAFF.map(({ key, staff }) => `  ${staff.role.padEnd(12)} ${staff.name.padEnd(20)} ${key}`).join('\n');
  console.log(`\nLinkki demo: http://localhost:${port}/\nIntake service: http://localhost:${port}/api/ (data in .data/intake; bootstrap admin key "${DEMO_TOKEN}")\nDemo staff keys (fictional staff, for this demo only):\n${keys}\nDemo case: a fictional self-referral (${DEMO_CASE.id}) assigned to ${DEMO_STAFF.find((s) => s.id === DEMO_CASE_WORKER).staff.name}; the link-worker page saves its questionnaires there.\nEvaluation: ${DEMO_EVALUATION.count} fictional cases received in 2025–2026 across Lapland's 21 municipalities; sign in to the workspace as Arvioija Lappi for the report (/workspace/#/report).\nStorybook (after npm run build-storybook): http://localhost:${port}/storybook/\nPress Ctrl+C to stop.`);
}
