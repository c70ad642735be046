// Demo: this fictional site has no receiving service yet (see the intake service), so the page
// plays the host: it takes the validated referral and answers with a demo reference.
const form = document.querySelector('linkki-referral-form');
form?.addEventListener('linkki-submit', (event) => {
  console.info('Demo: a real site would send this referral to its intake service.', event.detail.id);
  setTimeout(() => form.complete(`DEMO-${event.detail.id.slice(0, 8).toUpperCase()}`), 500);
});
