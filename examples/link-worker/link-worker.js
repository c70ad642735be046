// Demo: shows what the host system receives when a questionnaire is confirmed.
for (const element of document.querySelectorAll('linkki-swemwbs, linkki-participation')) {
  element.addEventListener('linkki-complete', (event) => {
    const output = document.querySelector(`[data-saved-for="${element.getAttribute('name')}"]`);
    if (!output) return;
    const { score, timepoint, language } = event.detail;
    output.textContent = `Järjestelmä tallensi vastauksen: ajankohta ${timepoint}, väittämien kieli ${language}, pisteet ${score.metric} (raaka ${score.raw}).`;
  });
}
