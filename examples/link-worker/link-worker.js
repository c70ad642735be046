// Demo: shows what the host system receives when a questionnaire is confirmed, and saves it on the
// person's case in the demo's intake service (POST /api/referrals/<id>/responses), signed in as the
// demo link worker. The case is the first referral assigned to her (npm start seeds one); the same
// idempotency key on a retry, so it is stored once.

/** The demo link worker's personal key (Testi Linkkihenkilö, fictional), seeded by scripts/serve.mjs. */
const DEMO_LINK_WORKER_KEY = 'lnk_de30000000000002_demo-linkkihenkilo-testi-fi-se0000000000000';
const caseStatus = document.getElementById('case-status');

const api = (path, init = {}) => fetch(`/api${path}`, { ...init, headers: { authorization: `Bearer ${DEMO_LINK_WORKER_KEY}`, ...init.headers } });

/** The first referral assigned to the demo link worker, or undefined (shown on the page). */
const assignedCase = (async () => {
  try {
    const reply = await api('/referrals?limit=1');
    if (!reply.ok) throw new Error(`HTTP ${reply.status}`);
    const [referral] = (await reply.json()).referrals;
    caseStatus.textContent = referral
      ? `Vastaukset tallentuvat asiakkuuteen ${referral.reference} (kirjautuneena: Testi Linkkihenkilö).`
      : 'Sinulle ei ole osoitettu asiakkuutta: koordinaattori osoittaa sen koordinaattorin sivulla.';
    return referral;
  } catch {
    caseStatus.textContent = 'Vastaanottopalveluun ei saatu yhteyttä: vastauksia ei voi tallentaa asiakkuuteen.';
    return undefined;
  }
})();

async function sendToIntake(response, output) {
  const referral = await assignedCase;
  if (!referral) {
    output.textContent += ' Asiakkuutta ei ole, joten vastausta ei tallennettu palveluun.';
    return;
  }
  try {
    const reply = await api(`/referrals/${encodeURIComponent(referral.id)}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `${response.instrument.id}-${response.timepoint}-${response.completedAt}` },
      body: JSON.stringify(response),
    });
    output.textContent += reply.ok
      ? ` Vastaanottopalvelu tallensi sen asiakkuuteen ${referral.reference} (tunnus ${(await reply.json()).id}).`
      : ` Vastaanottopalvelu ei hyväksynyt vastausta (virhe ${reply.status}).`;
  } catch {
    output.textContent += ' Vastaanottopalveluun ei saatu yhteyttä.';
  }
}

for (const element of document.querySelectorAll('linkki-swemwbs, linkki-participation')) {
  element.addEventListener('linkki-complete', (event) => {
    const output = document.querySelector(`[data-saved-for="${element.getAttribute('name')}"]`);
    if (!output) return;
    const { score, timepoint, language } = event.detail;
    output.textContent = `Järjestelmä tallensi vastauksen: ajankohta ${timepoint}, väittämien kieli ${language}, pisteet ${score.metric} (raaka ${score.raw}).`;
    void sendToIntake(event.detail, output);
  });
}

// Demo: a case two months in. The page plays the host system: it "saves" each new event in memory
// and hands the timeline the updated case.
const at = (date, time = '10:00') => `${date}T${time}:00+03:00`;
const timeline = document.getElementById('timeline');
timeline.case = {
  id: 'demo-case',
  events: [
    { type: 'referral-received', id: 'e1', at: at('2026-07-14', '09:10'), by: 'system', referralKind: 'self', reasons: ['loneliness', 'mood'] },
    { type: 'routed', id: 'e2', at: at('2026-07-20'), by: 'coordinator', route: 'link-worker' },
    { type: 'meeting', id: 'e3', at: at('2026-07-27', '13:00'), by: 'link-worker', place: 'home', durationMinutes: 60, note: 'Tutustuttiin. Toivoo seuraa ja ulkoilua.' },
    { type: 'activity-tried', id: 'e4', at: at('2026-08-12', '17:00'), by: 'link-worker', activity: { name: 'Sauvakävelyporukka' } },
    { type: 'activity-joined', id: 'e5', at: at('2026-09-03', '13:00'), by: 'link-worker', activity: { name: 'Kylätalon lauluryhmä' }, note: 'Joka toinen torstai.' },
  ],
};
timeline.addEventListener('linkki-event-add', (event) => {
  timeline.case = { ...timeline.case, events: [...timeline.case.events, event.detail] };
});

// Choosing an activity in the finder records it on the case as "activity tried".
document.getElementById('finder').addEventListener('linkki-select', (event) => {
  const { activity } = event.detail;
  timeline.case = {
    ...timeline.case,
    events: [
      ...timeline.case.events,
      { type: 'activity-tried', id: crypto.randomUUID(), at: new Date().toISOString(), by: 'link-worker', activity: { activityId: activity.id, name: activity.name.fi ?? activity.id } },
    ],
  };
});
