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
