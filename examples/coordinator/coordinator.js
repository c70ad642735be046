// Demo coordinator page: lists referrals from the intake service and routes them, signed in with a
// personal API key (the demo coordinator's is on the page). The key stays in this tab's memory only;
// the service shows only the referrals of the key's municipalities and logs every read in its audit. Labels come from @linkki/schema's Finnish code labels.
import { caseStatus, language, referralReason, route } from '/schema-modules/labels/fi.js';
import { LAPLAND_MUNICIPALITIES } from '/schema-modules/municipalities.js';

const municipalities = Object.fromEntries(LAPLAND_MUNICIPALITIES.map((m) => [m.code, m.name.fi]));
const statusLabels = { new: 'Uusi', ...route, ...caseStatus };
const kinds = { self: 'Itse', professional: 'Ammattilainen' };
const form = document.getElementById('login');
const status = document.getElementById('status');
const table = document.getElementById('referrals');
const older = document.getElementById('older');
let token = '';
let nextPage;
/** The link workers the coordinator may assign (GET /link-workers); empty for a key that may not list them. */
let linkWorkers = [];

const api = async (path, init = {}) => {
  const res = await fetch(`/api${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return res.json();
};

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function routeButtons(referral) {
  const td = document.createElement('td');
  if (referral.status !== 'new') {
    td.textContent = '–';
    return td;
  }
  const group = document.createElement('div');
  group.className = 'route';
  for (const [code, label] of Object.entries(route)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.setAttribute('aria-label', `${label}: ${referral.reference}`);
    button.addEventListener('click', () => void routeReferral(referral, code));
    group.append(button);
  }
  td.append(group);
  return td;
}

/** The assigned link worker's name, or a choice of the link workers of the person's municipality and "Osoita". */
function assignment(referral) {
  const td = document.createElement('td');
  const assigned = linkWorkers.find((w) => w.id === referral.assignedTo);
  const candidates = linkWorkers.filter((w) => w.municipalities.includes(referral.municipality));
  if (referral.assignedTo || !candidates.length) {
    td.textContent = assigned?.name ?? (referral.assignedTo ? 'Osoitettu' : '–');
    return td;
  }
  const group = document.createElement('div');
  group.className = 'assign';
  const select = document.createElement('select');
  select.setAttribute('aria-label', `Linkkihenkilö: ${referral.reference}`);
  for (const worker of candidates) {
    const option = document.createElement('option');
    option.value = worker.id;
    const languages = worker.languages.map((l) => language[l] ?? l).join(', ');
    option.textContent = `${worker.name} (${[languages, worker.area, `${worker.caseload} ${worker.caseload === 1 ? 'asiakas' : 'asiakasta'}`].filter(Boolean).join(' · ')})`;
    select.append(option);
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Osoita';
  button.setAttribute('aria-label', `Osoita linkkihenkilö: ${referral.reference}`);
  button.addEventListener('click', () => void assign(referral, select.value));
  group.append(select, button);
  td.append(group);
  return td;
}

function row(referral) {
  const tr = document.createElement('tr');
  const received = new Date(referral.receivedAt).toLocaleString('fi-FI', { dateStyle: 'short', timeStyle: 'short' });
  tr.append(
    cell(received),
    cell(referral.reference),
    cell(kinds[referral.kind] ?? referral.kind),
    cell(referral.reasons.map((r) => referralReason[r] ?? r).join(', ')),
    cell(municipalities[referral.municipality] ?? referral.municipality),
    cell(language[referral.language] ?? referral.language ?? '–'),
    cell(referral.age ?? '–'),
    cell(statusLabels[referral.status] ?? referral.status),
    routeButtons(referral),
    assignment(referral),
  );
  return tr;
}

/** Loads the newest page, or with `before` the next older one below the rows already shown. */
async function load(before) {
  try {
    const { referrals, next } = await api(`/referrals${before ? `?before=${encodeURIComponent(before)}` : ''}`);
    // Asked only once the key has worked, so a wrong key costs one failed sign-in, not two.
    if (!before) linkWorkers = await api('/link-workers').then((r) => r.linkWorkers, () => []);
    if (before) table.tBodies[0].append(...referrals.map(row));
    else table.tBodies[0].replaceChildren(...referrals.map(row));
    nextPage = next;
    older.hidden = !next;
    table.hidden = false;
    const shown = table.tBodies[0].rows.length;
    status.textContent = shown ? `${shown} lähetettä${next ? ', vanhempia on lisää' : ''}.` : 'Ei lähetteitä vielä. Tee oma hakemus kunnan sivulla.';
  } catch (error) {
    if (!before) table.hidden = true;
    status.textContent =
      {
        401: 'Avain ei kelpaa: tarkista se, tai se on vanhentunut tai peruttu.',
        403: 'Tällä avaimella ei näe lähetteitä. Käytä koordinaattorin tai linkkihenkilön avainta.',
        429: 'Liian monta väärää avainta. Odota hetki ja yritä uudelleen.',
      }[error.status] ?? 'Lähetteitä ei saatu haettua. Yritä uudelleen.';
  }
}

async function routeReferral(referral, code) {
  const event = { type: 'routed', id: crypto.randomUUID(), at: new Date().toISOString(), by: 'coordinator', route: code };
  try {
    await api(`/referrals/${encodeURIComponent(referral.id)}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    await load();
    status.textContent = `Lähete ${referral.reference} ohjattiin: ${route[code]}.`;
  } catch {
    status.textContent = `Lähetettä ${referral.reference} ei voitu ohjata. Yritä uudelleen.`;
  }
}

async function assign(referral, staffId) {
  try {
    await api(`/referrals/${encodeURIComponent(referral.id)}/assignment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId }),
    });
    await load();
    status.textContent = `Lähetteelle ${referral.reference} osoitettiin linkkihenkilö ${linkWorkers.find((w) => w.id === staffId)?.name ?? ''}.`;
  } catch {
    status.textContent = `Lähetteelle ${referral.reference} ei voitu osoittaa linkkihenkilöä. Yritä uudelleen.`;
  }
}

older.addEventListener('click', () => void load(nextPage));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  token = form.elements.token.value;
  void load();
});
