// Demo-site script: adds a language switch to the site header. It changes <html lang>, and every
// Linkki element on the page follows live.
const LANGUAGES = [
  ['fi', 'suomi'],
  ['se', 'davvisámegiella'],
  ['smn', 'anarâškielâ'],
  ['sms', 'nuõrttsääʹmǩiõll'],
  ['sv', 'svenska'],
  ['en', 'English'],
];

const header = document.querySelector('header.site');
if (header) {
  const label = document.createElement('label');
  label.className = 'lang-switch';
  label.textContent = 'Kieli / Giella / Kielâ / Ǩiõll / Språk / Language ';
  const select = document.createElement('select');
  for (const [code, name] of LANGUAGES) select.append(new Option(name, code, false, code === document.documentElement.lang));
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
  label.append(select);
  header.append(label);
}
