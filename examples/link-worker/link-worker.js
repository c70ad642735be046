// Demo: shows what the host system receives when a questionnaire is confirmed, and stores it in the
// demo's intake service (POST /api/responses, the same key on a retry so it is stored once).
async function sendToIntake(response, output) {
  try {
    const reply = await fetch('/api/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `${response.instrument.id}-${response.timepoint}-${response.completedAt}` },
      body: JSON.stringify(response),
    });
    output.textContent += reply.ok
      ? ` Vastaanottopalvelu tallensi sen (tunnus ${(await reply.json()).id}).`
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
