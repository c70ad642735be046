// Demo: the client system loads two stored responses (fictional) and shows the later one with its change.
const start = {
  instrument: { id: 'swemwbs', version: '1.0' },
  language: 'fi',
  timepoint: 'start',
  answers: { optimistic: 3, useful: 3, relaxed: 4, problems: 3, thinking: 4, close: 2, decisions: 4 },
  score: { raw: 23, metric: 20.73 },
  completedAt: '2026-03-02T10:15:00+02:00',
};
const end = { optimistic: 4, useful: 5, relaxed: 4, problems: 4, thinking: 5, close: 4, decisions: 5 };

const endResponse = {
  ...start,
  timepoint: 'end',
  answers: end,
  score: { raw: 31, metric: 28.13 },
  completedAt: '2026-08-24T13:40:00+03:00',
};

// The same fictional person's case as the client system stores it: closed in August, follow-up due.
const at = (date, time = '10:00') => `${date}T${time}:00+02:00`;
document.getElementById('timeline').case = {
  id: '2026-0142',
  events: [
    { type: 'referral-received', id: 'e1', at: at('2026-02-23', '08:40'), by: 'referrer', referralKind: 'professional', reasons: ['loneliness', 'physical-functioning'] },
    { type: 'routed', id: 'e2', at: at('2026-02-25'), by: 'coordinator', route: 'link-worker' },
    { type: 'meeting', id: 'e3', at: at('2026-03-02'), by: 'link-worker', place: 'home', durationMinutes: 75 },
    { type: 'questionnaire-completed', id: 'e4', at: start.completedAt, by: 'link-worker', response: start },
    { type: 'activity-tried', id: 'e5', at: at('2026-03-19', '13:00'), by: 'link-worker', activity: { name: 'Eläkeläisten tuolijumppa' } },
    { type: 'meeting', id: 'e6', at: at('2026-03-19', '13:00'), by: 'link-worker', place: 'activity', durationMinutes: 90 },
    { type: 'activity-joined', id: 'e7', at: at('2026-04-09', '13:00'), by: 'link-worker', activity: { name: 'Kirjaston lukupiiri' }, note: 'Käy kerran kuussa, kyyti palvelulinjalla.' },
    { type: 'meeting', id: 'e8', at: at('2026-05-28'), by: 'link-worker', place: 'outdoors', durationMinutes: 60 },
    { type: 'questionnaire-completed', id: 'e9', at: endResponse.completedAt, by: 'link-worker', response: endResponse },
    {
      type: 'closed', id: 'e10', at: '2026-08-24T14:00:00+03:00', by: 'link-worker',
      closure: {
        endingReason: 'completed', meetings: 3, recommend: 5, wellbeingStrengthened: 4,
        whatCameIn: 'Lukupiiri ja tuttuja kirjastolta.', activitiesJoined: [{ name: 'Kirjaston lukupiiri' }],
        feedbackToReferrer: 'Yhteistyö päättyi suunnitellusti. Asiakas jatkaa lukupiirissä.',
      },
    },
  ],
};

const element = document.getElementById('swemwbs-end');
element.previous = start;
element.answers = end;

// The client system knows who is logged in (fictional) and stores the referral itself.
const referral = document.getElementById('referral');
referral.referrer = {
  type: 'health-services',
  name: 'Testi Terveydenhoitaja',
  organisation: 'Esimerkkikunnan terveysasema',
  contact: { phone: '040 000 0001' },
};
let nextCase = 143;
referral.addEventListener('linkki-submit', (event) => {
  const output = document.querySelector('[data-saved-for="referral"]');
  const reference = `2026-${String(nextCase++).padStart(4, '0')}`;
  setTimeout(() => {
    referral.complete(reference);
    output.textContent = `Järjestelmä tallensi lähetteen ${reference}: syyt ${event.detail.reasons.join(', ')}.`;
  }, 400);
});
