// The workspace of coordinators and link workers on @linkki/intake (served under /api): sign in with a
// personal API key (or a county OIDC token, passed the same way), list cases with <linkki-case-list>,
// open one with <linkki-case-timeline> loading from and saving to the service, fill SWEMWBS with the
// person at each timepoint and record activities chosen together in the finder; coordinators and
// evaluators read the protected evaluation report (<linkki-evaluation-report>, `#/report`). The key
// stays in this tab's memory only; the service scopes every answer to the signed-in staff member and
// audits each read.
import { caseStatus, language, route } from '/schema-modules/labels/fi.js';
import { LAPLAND_MUNICIPALITIES } from '/schema-modules/municipalities.js';

const municipalities = Object.fromEntries(LAPLAND_MUNICIPALITIES.map((m) => [m.code, m.name.fi]));
const ROLES = { coordinator: 'koordinaattori', 'link-worker': 'linkkihenkilö', admin: 'pääkäyttäjä', evaluator: 'arvioija' };
const $ = (id) => document.getElementById(id);
const signInSection = $('sign-in');
const workspace = $('workspace');
const cases = $('cases');
const timeline = $('timeline');
const swemwbs = $('swemwbs');
const finder = $('finder');
let report = $('report');
/** Who may read the evaluation report (GET /evaluation): aggregates only, never a person. */
const REPORT_ROLES = new Set(['evaluator', 'coordinator', 'admin']);

/** The key or token alone: the elements and `api` add `Bearer `. */
let credential = '';
let me;
/** The open case: the stored referral as GET /referrals/:id gives it. */
let current;

async function api(path, init = {}) {
  const res = await fetch(`/api${path}`, { ...init, headers: { authorization: `Bearer ${credential}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers } });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.status === 204 ? undefined : res.json();
}

const SIGN_IN_ERRORS = {
  401: 'Avain ei kelpaa. Tarkista se: se voi myös olla vanhentunut tai peruttu.',
  403: 'Tällä avaimella ei ole roolia työtilassa.',
  429: 'Liian monta väärää avainta. Odota minuutti ja yritä uudelleen.',
};

$('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('key');
  const error = $('key-error');
  const show = (text) => {
    error.textContent = text;
    error.hidden = !text;
    input.setAttribute('aria-invalid', text ? 'true' : 'false');
    if (text) input.focus();
  };
  if (!input.value.trim()) return show('Kirjoita API-avain.');
  credential = input.value.trim();
  try {
    me = await api('/me');
  } catch (failure) {
    credential = '';
    return show(SIGN_IN_ERRORS[failure.status] ?? 'Palveluun ei saatu yhteyttä. Yritä uudelleen.');
  }
  show('');
  input.value = '';
  signInSection.hidden = true;
  workspace.hidden = false;
  $('who').textContent = `Kirjautuneena: ${me.name ?? 'pääkäyttäjän avain'} (${ROLES[me.role] ?? me.role}).`;
  for (const element of [cases, timeline, report]) element.authorization = credential;
  timeline.recorderRole = me.role === 'link-worker' ? 'link-worker' : 'coordinator';
  void showView();
});

function signOut() {
  credential = '';
  me = undefined;
  current = undefined;
  for (const element of [cases, timeline]) element.authorization = undefined;
  cases.removeAttribute('endpoint');
  // A fresh report element: the next person to sign in must not see this one's figures or choices.
  const fresh = document.createElement('linkki-evaluation-report');
  fresh.id = 'report';
  fresh.setAttribute('heading-level', '2');
  fresh.addEventListener('linkki-sign-in-requested', signOut);
  report.replaceWith(fresh);
  report = fresh;
  workspace.hidden = true;
  signInSection.hidden = false;
  history.replaceState(null, '', location.pathname);
  $('key').focus();
}
$('sign-out').addEventListener('click', signOut);
// The report's "Sign in again" after its key stopped working (401).
report.addEventListener('linkki-sign-in-requested', signOut);

async function showFollowUps() {
  const section = $('follow-ups');
  try {
    const { followUps } = await api('/follow-ups');
    const list = $('follow-up-list');
    list.replaceChildren(
      ...followUps.map((f) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#/case/${encodeURIComponent(f.id)}`;
        link.textContent = `${f.reference}${f.name ? `, ${f.name}` : ''}`;
        const due = new Date(`${f.due}T12:00:00`).toLocaleDateString('fi-FI');
        li.append(link, ` – ${f.daysLeft < 0 ? `myöhässä ${-f.daysLeft} pv (${due})` : `${due}, ${f.daysLeft} pv jäljellä`}`);
        return li;
      }),
    );
    section.hidden = followUps.length === 0;
  } catch {
    section.hidden = true;
  }
}

/** `YYYY-MM` of a month `back` months before this one. */
function monthBefore(back, today = new Date()) {
  const date = new Date(today.getFullYear(), today.getMonth() - back, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The report view: by default the last twelve whole months, every municipality the signed-in person may see. */
function showReport() {
  $('report-back').hidden = me.role === 'evaluator';
  if (!report.from) Object.assign(report, { from: monthBefore(12), to: monthBefore(1) });
  if (me.municipalities?.length) report.municipalityOptions = me.municipalities;
  // Set only once signed in, as for the case list.
  report.setAttribute('endpoint', '/api');
  $('report-title').focus();
}

async function showView() {
  if (!me) return;
  const match = /^#\/case\/(.+)$/.exec(location.hash);
  // An evaluator sees aggregates only: the report is all her workspace has.
  const reporting = REPORT_ROLES.has(me.role) && (location.hash === '#/report' || me.role === 'evaluator');
  $('list-view').hidden = Boolean(match) || reporting;
  $('case-view').hidden = !match || reporting;
  $('report-view').hidden = !reporting;
  $('report-link').hidden = !REPORT_ROLES.has(me.role);
  if (reporting) return showReport();
  if (!match) {
    current = undefined;
    // Set only once signed in: a request without a key would count as a failed sign-in.
    cases.setAttribute('endpoint', '/api');
    void showFollowUps();
    return;
  }
  await openCase(decodeURIComponent(match[1]));
}

function personDetails(stored) {
  const { person } = stored.referral;
  const rows = [
    ['Nimi', person.name],
    ['Yhteystieto', [person.contact.phone, person.contact.email].filter(Boolean).join(', ')],
    ['Kunta', municipalities[person.municipality] ?? person.municipality],
    ['Asiointikieli', language[person.language] ?? person.language],
    ['Tila', caseStatus[stored.status] ?? route[stored.status] ?? 'Uusi'],
  ];
  $('person').replaceChildren(
    ...rows.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]),
  );
}

async function openCase(id) {
  try {
    current = await api(`/referrals/${encodeURIComponent(id)}`);
  } catch (failure) {
    $('case-title').textContent = failure.status === 404 ? 'Asiakkuutta ei löytynyt tai se ei kuulu sinulle.' : 'Asiakkuutta ei saatu haettua. Yritä uudelleen.';
    $('case-title').focus();
    return;
  }
  $('case-title').textContent = `Asiakkuus ${current.reference}`;
  $('case-title').focus();
  personDetails(current);
  timeline.caseId = current.id;
  finder.setAttribute('municipality', current.referral.person.municipality);
  await showRouting();
}

async function showRouting() {
  const section = $('routing');
  const mayRoute = me.role === 'coordinator' || me.role === 'admin';
  section.hidden = !mayRoute;
  if (!mayRoute) return;
  const routed = current.status !== 'new';
  $('routing-state').textContent = routed ? `Ohjattu: ${route[current.status] ?? caseStatus[current.status] ?? current.status}.` : 'Lähetettä ei ole vielä ohjattu.';
  for (const button of section.querySelectorAll('[data-route]')) button.hidden = routed;
  const { linkWorkers } = await api('/link-workers').catch(() => ({ linkWorkers: [] }));
  const candidates = linkWorkers.filter((w) => w.municipalities.includes(current.referral.person.municipality));
  const select = $('assign-worker');
  select.replaceChildren(
    ...candidates.map((w) => {
      const details = [w.languages.map((l) => language[l] ?? l).join(', '), w.area, `${w.caseload} ${w.caseload === 1 ? 'asiakkuus' : 'asiakkuutta'}`].filter(Boolean).join(' · ');
      return new Option(`${w.name} (${details})`, w.id, false, w.id === current.assignedTo);
    }),
  );
  $('assign-form').hidden = candidates.length === 0;
}

async function reloadCase(message) {
  current = await api(`/referrals/${encodeURIComponent(current.id)}`);
  personDetails(current);
  void timeline.reload();
  await showRouting();
  $('routing-state').textContent += message ? ` ${message}` : '';
}

for (const button of document.querySelectorAll('[data-route]')) {
  button.addEventListener('click', async () => {
    const code = button.dataset.route;
    try {
      await api(`/referrals/${encodeURIComponent(current.id)}/events`, {
        method: 'POST',
        body: JSON.stringify({ type: 'routed', id: crypto.randomUUID(), at: new Date().toISOString(), by: 'coordinator', route: code }),
      });
      await reloadCase(`Lähete ohjattiin: ${route[code]}.`);
    } catch {
      $('routing-state').textContent = 'Ohjaus ei tallentunut. Yritä uudelleen.';
    }
  });
}

$('assign-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const staffId = $('assign-worker').value;
  try {
    await api(`/referrals/${encodeURIComponent(current.id)}/assignment`, { method: 'POST', body: JSON.stringify({ staffId }) });
    await reloadCase('Linkkihenkilö osoitettiin.');
  } catch {
    $('routing-state').textContent = 'Osoitus ei tallentunut. Yritä uudelleen.';
  }
});

$('timepoint-form').addEventListener('change', (event) => {
  swemwbs.setAttribute('timepoint', event.target.value);
  swemwbs.reset?.();
  $('measure-status').textContent = '';
});

// The response is saved on the case with its timepoint; the same idempotency key on a retry.
swemwbs.addEventListener('linkki-completed', async (event) => {
  const response = event.detail;
  const status = $('measure-status');
  try {
    await api(`/referrals/${encodeURIComponent(current.id)}/responses`, {
      method: 'POST',
      headers: { 'idempotency-key': `${response.instrument.id}-${response.timepoint}-${response.completedAt}` },
      body: JSON.stringify(response),
    });
    status.textContent = 'Vastaukset tallentuivat asiakkuuteen.';
    void timeline.reload();
  } catch {
    status.textContent = 'Vastaukset eivät tallentuneet. Ne ovat yhä lomakkeella: yritä uudelleen.';
  }
});

finder.addEventListener('linkki-selected', async (event) => {
  const { activity } = event.detail;
  if (!current) return;
  try {
    await api(`/referrals/${encodeURIComponent(current.id)}/events`, {
      method: 'POST',
      body: JSON.stringify({
        type: 'activity-tried',
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        by: me.role === 'link-worker' ? 'link-worker' : 'coordinator',
        activity: { activityId: activity.id, name: activity.name.fi ?? Object.values(activity.name)[0] },
      }),
    });
    void timeline.reload();
  } catch {
    $('measure-status').textContent = 'Toiminnan kirjaus ei tallentunut. Yritä uudelleen.';
  }
});

addEventListener('hashchange', () => void showView());
