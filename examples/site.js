// Demo-site script: adds a language switch to the site header. It changes <html lang>, and every
// Linkki element on the page follows live. Each language is named in itself; Inari and Skolt Sami
// are marked as drafts (not yet reviewed by a native speaker, see translation-status.json), with a
// note in the page's language (Finnish) tied to the menu.
const LANGUAGES = [
  ['fi', 'suomi'],
  ['se', 'davvisámegiella'],
  ['smn', 'anarâškielâ', { draft: true }],
  ['sms', 'nuõrttsääʹmǩiõll', { draft: true }],
  ['sv', 'svenska'],
  ['en', 'English'],
];
const DRAFT_MARK = 'luonnos';
const DRAFT_NOTE =
  'Luonnos: inarin- ja koltansaamenkieliset tekstit ovat kehitystiimin luonnoksia, joita äidinkielinen puhuja ei ole vielä tarkistanut.';

const header = document.querySelector('header.site');
if (header) {
  const label = document.createElement('label');
  label.className = 'lang-switch';
  label.textContent = 'Kieli / Giella / Kielâ / Ǩiõll / Språk / Language ';
  const select = document.createElement('select');
  for (const [code, name, { draft = false } = {}] of LANGUAGES) {
    select.append(new Option(draft ? `${name} (${DRAFT_MARK})` : name, code, false, code === document.documentElement.lang));
  }
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
  // The note stays Finnish (lang="fi") whatever language the switch sets on <html>.
  const note = document.createElement('small');
  note.id = 'lang-switch-note';
  note.className = 'lang-switch-note';
  note.lang = 'fi';
  note.textContent = DRAFT_NOTE;
  select.setAttribute('aria-describedby', note.id);
  label.append(select);
  header.append(label, note);
}
