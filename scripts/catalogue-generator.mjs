// Makes fictional activity catalogues: the sample in examples/data/catalogue.json (run this file)
// and the large synthetic ones the benchmark needs (import `makeCatalogue`). Deterministic: the same
// size and seed give the same catalogue. Everything is invented: organisations are generic
// ("kyläyhdistys" of a real village name), phone numbers are in 040 000 0xxx like the test fixtures,
// email and web addresses use the reserved .example domain.
// Browser-safe: Storybook's stories import `makeCatalogue`, so nothing of Node is touched on import.

/** Municipality code, Finnish name, villages or districts where things happen. */
const PLACES = [
  ['758', 'Sodankylä', ['Kirkonkylä', 'Vuotso', 'Vaalajärvi', 'Kelujärvi', 'Sattanen'], '99600'],
  ['148', 'Inari', ['Ivalo', 'Inari', 'Sevettijärvi', 'Nellim', 'Angeli'], '99870'],
  ['890', 'Utsjoki', ['Utsjoki', 'Karigasniemi', 'Nuorgam'], '99980'],
  ['047', 'Enontekiö', ['Hetta', 'Kilpisjärvi', 'Karesuvanto', 'Vuontisjärvi'], '99400'],
  ['320', 'Kemijärvi', ['Keskusta', 'Luusua', 'Isokylä', 'Vuostimo'], '98100'],
  ['498', 'Muonio', ['Kirkonkylä', 'Kerässieppi', 'Ylimuonio'], '99300'],
  ['698', 'Rovaniemi', ['Keskusta', 'Ounasvaara', 'Sinettä', 'Vikajärvi', 'Muurola', 'Meltaus'], '96100'],
  ['261', 'Kittilä', ['Kirkonkylä', 'Levi', 'Sirkka', 'Alakylä'], '99100'],
  ['583', 'Pelkosenniemi', ['Kirkonkylä', 'Pyhätunturi'], '98500'],
  ['742', 'Savukoski', ['Kirkonkylä', 'Tanhua'], '98800'],
];

/**
 * Activity templates: names in Finnish (and other languages where a provider would write them),
 * what it is, and how it runs. `{place}` is filled with the village.
 */
const TEMPLATES = [
  { fi: 'Tuolijumppa', sv: 'Stolgympa', en: 'Chair exercise', cat: ['exercise'], org: 'liikuntapalvelut', desc: 'Kevyttä jumppaa tuolilla istuen. Sopii kaikille kunnosta riippumatta.', acc: ['step-free', 'seating', 'accessible-toilet'], min: 60 },
  { fi: 'Sauvakävelyporukka', en: 'Nordic walking group', cat: ['exercise', 'outdoors'], org: 'liikuntapalvelut', desc: 'Kävellään yhdessä lähimaastossa omaan tahtiin. Sauvoja voi lainata.', acc: ['parking-nearby'] },
  { fi: 'Vesijumppa', sv: 'Vattengympa', cat: ['exercise'], org: 'liikuntapalvelut', desc: 'Vesijumppaa lämpimässä altaassa ohjaajan kanssa.', acc: ['step-free', 'accessible-toilet'], price: '3 € kerta' },
  { fi: 'Kylätalon kahvila', cat: ['meeting-place', 'village'], org: 'kyläyhdistys', desc: 'Kahvia, pullaa ja juttuseuraa. Tule sellaisena kuin olet.', acc: ['step-free', 'seating'] },
  { fi: 'Lauluryhmä', sv: 'Sånggrupp', en: 'Singing group', cat: ['music'], org: 'kyläyhdistys', desc: 'Laulamme tuttuja lauluja ja virsiä. Nuotteja ei tarvitse osata.', acc: ['hearing-loop', 'seating'] },
  { fi: 'Kirjaston lukupiiri', sv: 'Bibliotekets läscirkel', en: 'Library reading circle', cat: ['library', 'learning'], org: 'kirjasto', desc: 'Keskustellaan kirjasta, jonka jokainen lukee omaan tahtiinsa. Kirjat saa kirjastosta.', acc: ['step-free', 'large-print', 'hearing-loop'] },
  { fi: 'Kirjastoauto', sv: 'Bokbuss', en: 'Mobile library', cat: ['library'], org: 'kirjasto', desc: 'Kirjastoauto pysähtyy kylällä. Lainaa, palauta ja juttele kirjastonhoitajan kanssa.', attending: ['mobile'], acc: ['large-print'] },
  { fi: 'Digitupa', sv: 'Digistuga', en: 'Digital help desk', cat: ['digital-help', 'library'], org: 'kirjasto', desc: 'Apua puhelimen, tabletin ja verkkopankin käyttöön. Ota oma laite mukaan.', acc: ['step-free', 'quiet'] },
  { fi: 'Käsityöpiiri', sv: 'Handarbetscirkel', cat: ['crafts'], org: 'marttayhdistys', desc: 'Neulotaan, virkataan ja paikataan yhdessä. Lankoja on tarjolla.', acc: ['seating'] },
  { fi: 'Eläkeläisten kerho', cat: ['meeting-place', 'peer-group'], org: 'eläkeläisyhdistys', desc: 'Ohjelmaa, vieraita, arpajaiset ja kahvit. Uudet jäsenet tervetulleita.', acc: ['step-free', 'hearing-loop', 'accessible-toilet'], min: 55 },
  { fi: 'Diakoniapiiri', cat: ['parish', 'peer-group'], org: 'seurakunta', desc: 'Hartaushetki, kahvit ja keskustelua. Kaikki ovat tervetulleita.', acc: ['step-free', 'hearing-loop'] },
  { fi: 'Ystäväpalvelu', sv: 'Vänservice', en: 'Befriending service', cat: ['volunteering', 'peer-group'], org: 'seurakunta', desc: 'Koulutettu vapaaehtoinen ystävä tulee kotiin juttelemaan tai lähtee mukaan ulos.', attending: ['home-visit'], text: 'Sovitaan yhdessä' },
  { fi: 'Puhelinpiiri', en: 'Phone circle', cat: ['peer-group'], org: 'eläkeläisyhdistys', desc: 'Pieni ryhmä juttelee puhelimessa kotoa käsin. Ohjaaja soittaa sinulle.', attending: ['remote-phone'], min: 60 },
  { fi: 'Videotreffit', en: 'Video meet-up', cat: ['peer-group', 'digital-help'], org: 'kansalaisopisto', desc: 'Tavataan videoyhteydellä. Opastamme yhteyden avaamisessa.', attending: ['remote-video'] },
  { fi: 'Kansalaisopiston maalauskurssi', sv: 'Målarkurs vid medborgarinstitutet', cat: ['culture', 'learning'], org: 'kansalaisopisto', desc: 'Maalataan vesiväreillä. Ei aiempaa kokemusta tarvita.', acc: ['step-free'], price: '45 € lukukausi' },
  { fi: 'Pilkkiporukka', cat: ['outdoors'], org: 'kalastusseura', desc: 'Lähdetään yhdessä pilkille. Välineitä voi lainata, kyyti järjestyy.', acc: ['transport-help'], season: 'winter' },
  { fi: 'Marjaretki', en: 'Berry picking trip', cat: ['outdoors'], org: 'kyläyhdistys', desc: 'Yhteinen marjaretki lähimetsään. Kuljetus kylätalolta.', acc: ['transport-help'], season: 'summer' },
  { fi: 'Muistelupiiri', cat: ['peer-group', 'culture'], org: 'kirjasto', desc: 'Muistellaan vanhoja aikoja valokuvien ja tarinoiden avulla.', acc: ['quiet', 'seating', 'hearing-loop'] },
  { fi: 'Tanssiaiset', en: 'Dance afternoon', cat: ['exercise', 'music'], org: 'eläkeläisyhdistys', desc: 'Lavatansseja elävän musiikin tahdissa. Kahvio auki.', acc: ['step-free', 'accessible-toilet'], price: '5 €' },
  { fi: 'Vapaaehtoisten kahvila', cat: ['volunteering'], org: 'vapaaehtoiskeskus', desc: 'Tule tutustumaan vapaaehtoistyöhön: kaupassakäyntiapua, ulkoiluseuraa, tapahtumia.', acc: ['step-free'] },
  { fi: 'Surevien vertaistukiryhmä', sv: 'Stödgrupp för sörjande', en: 'Grief support group', cat: ['peer-group', 'parish'], org: 'seurakunta', desc: 'Läheisensä menettäneet tapaavat, kuuntelevat ja jakavat kokemuksia. Ryhmää ohjaa diakoniatyöntekijä.', acc: ['quiet', 'seating'] },
];

/** Activities given in Sami, with the names and short descriptions a Sami provider would write. */
const SAMI_TEMPLATES = [
  { lang: 'se', fi: 'Saamenkielinen käsityöpiiri', se: 'Duodjebiire', seDesc: 'Duddjot ovttas. Ávdnasat gávdnojit.', cat: ['crafts', 'sami-culture'], org: 'sámesearvi', desc: 'Käsitöitä pohjoissaameksi. Materiaalit paikan päällä.', places: ['890', '047', '148'] },
  { lang: 'se', fi: 'Saamenkielinen lauluilta', se: 'Sámegiel lávlunehket', seDesc: 'Lávlut ovttas sámegillii.', cat: ['music', 'sami-culture'], org: 'sámesearvi', desc: 'Lauletaan yhdessä saameksi ja suomeksi.', places: ['890', '047'] },
  { lang: 'smn', fi: 'Anarašpiiri', smn: 'Anarâškielâ piirâ', smnDesc: 'Saarnuup anarâškielân já juhâp kafe.', cat: ['sami-culture', 'meeting-place'], org: 'anarâšsiärvi', desc: 'Inarinsaamenkielinen keskustelupiiri kahvin kera.', places: ['148'] },
  { lang: 'sms', fi: 'Koltansaamenkielinen kahvila', sms: 'Sääʹmǩiõl kaaʹfferaajj', smsDesc: 'Sarnnu sääʹmǩiõʹlle da juõʹǩǩe kaaʹffe.', cat: ['sami-culture', 'meeting-place'], org: 'saaʹmsiõrr', desc: 'Koltansaamenkielistä juttelua kahvin kera.', places: ['148'] },
];

// Real municipalities and parishes have services with these names; the "(esimerkki)" says that the
// activities, times and contacts under them are invented.
const ORGANISATIONS = {
  liikuntapalvelut: (m) => `${m}n liikuntapalvelut (esimerkki)`,
  kirjasto: (m) => `${m}n kirjasto (esimerkki)`,
  kansalaisopisto: (m) => `${m}n kansalaisopisto (esimerkki)`,
  seurakunta: (m) => `${m}n seurakunta (esimerkki)`,
  kyläyhdistys: (_, v) => `${v}n kyläyhdistys`,
  marttayhdistys: (_, v) => `${v}n martat`,
  eläkeläisyhdistys: (m) => `${m}n eläkeläiset (esimerkki)`,
  kalastusseura: (_, v) => `${v}n kalastusseura`,
  vapaaehtoiskeskus: (m) => `${m}n vapaaehtoiskeskus (esimerkki)`,
  sámesearvi: (m) => `${m}n saamelaisyhdistys (esimerkki)`,
  anarâšsiärvi: () => 'Inarinsaamelaisten yhdistys (esimerkki)',
  saaʹmsiõrr: () => 'Koltansaamelaisten yhdistys (esimerkki)',
};

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
// "Sodankylä" → "Sodankylän": good enough for generated organisation names.
const genitive = (name) => (/[aeiouyäö]$/i.test(name) ? `${name}n` : `${name}in`).replace(/nn$/, 'n');

function schedule(rand, template, index) {
  if (template.text) return { text: { fi: template.text } };
  const weekday = 1 + Math.floor(rand() * 5);
  const start = ['09:30', '10:00', '11:00', '12:30', '13:00', '14:00', '17:30', '18:00', '19:00'][Math.floor(rand() * 9)];
  const kind = index % 5;
  const rule =
    kind === 0 ? { frequency: 'biweekly', weekday, start, anchor: `2026-01-${String(5 + weekday).padStart(2, '0')}` }
    : kind === 1 ? { frequency: 'monthly', weekday, weekOfMonth: rand() < 0.3 ? -1 : 1 + Math.floor(rand() * 3), start }
    : { frequency: 'weekly', weekday, start };
  const result = { rules: [rule] };
  if (template.season === 'winter') Object.assign(result, { validFrom: '2026-12-01', validTo: '2027-04-15' });
  else if (template.season === 'summer') Object.assign(result, { validFrom: '2026-07-15', validTo: '2026-09-15' });
  else if (rand() < 0.4) result.pauses = [{ from: '2026-06-15', to: '2026-08-10', reason: { fi: 'Kesätauko' } }];
  return result;
}

function activity(rand, template, [code, municipality, villages, postal], index) {
  const village = villages[index % villages.length];
  const org = ORGANISATIONS[template.org](genitive(municipality).replace(/n$/, ''), genitive(village).replace(/n$/, ''));
  const name = Object.fromEntries(['fi', 'sv', 'en', 'se', 'smn', 'sms'].filter((l) => template[l]).map((l) => [l, template[l]]));
  name.fi = `${template.fi}, ${village}`;
  const description = { fi: template.desc };
  for (const l of ['se', 'smn', 'sms']) if (template[`${l}Desc`]) description[l] = template[`${l}Desc`];
  const attending = template.attending ?? ['in-person'];
  const inPerson = attending.includes('in-person') || attending.includes('mobile');
  const checkedDay = Math.floor(rand() * 600);
  const checked = new Date(Date.UTC(2025, 3, 1) + checkedDay * 86_400_000).toISOString().slice(0, 10);
  const phone = `040 000 ${String(1000 + (index % 9000)).padStart(4, '0')}`;
  const entry = {
    id: `${code}-${slug(template.fi)}-${slug(village)}-${index}`,
    name,
    description,
    organisation: { name: org, url: `https://${slug(municipality)}.example/` },
    categories: template.cat,
    municipality: code,
    ...(inPerson
      ? {
          location: {
            name: template.org === 'kirjasto' ? `${village}n kirjasto` : `${village}n kylätalo`,
            address: { street: `Esimerkkitie ${1 + (index % 40)}`, postalCode: postal, city: municipality },
            ...(rand() < 0.5 ? { coordinates: { lat: 66 + rand() * 4, lon: 23 + rand() * 6 } } : {}),
          },
          transport: { fi: rand() < 0.5 ? 'Palvelulinja ajaa kylän kautta. Kysy kyytiä myös järjestäjältä.' : 'Pysäköinti talon pihassa.' },
        }
      : {}),
    schedule: schedule(rand, template, index),
    cost: template.price ? { free: false, text: { fi: template.price } } : { free: true },
    attending,
    ...(template.acc ? { accessibility: { features: template.acc } } : {}),
    languages: template.lang ? [template.lang, 'fi'] : ['fi'],
    ...(template.min ? { audience: { minAge: template.min } } : {}),
    contact: { phone, email: `${slug(template.org)}.${slug(village)}@${slug(municipality)}.example` },
    checked,
  };
  return entry;
}

/** A catalogue of `size` fictional activities across the Lapland municipalities above. */
export function makeCatalogue(size, seed = 1) {
  const rand = random(seed);
  const activities = [];
  let index = 0;
  for (const template of SAMI_TEMPLATES) {
    for (const code of template.places) activities.push(activity(rand, template, PLACES.find((p) => p[0] === code), index++));
  }
  while (activities.length < size) {
    const place = PLACES[index % PLACES.length];
    const template = TEMPLATES[Math.floor(index / PLACES.length) % TEMPLATES.length];
    activities.push(activity(rand, template, place, index++));
  }
  return { publisher: 'Linkki-esimerkkiaineisto (kuvitteellinen)', updated: '2026-11-20', activities: activities.slice(0, size) };
}

const argv = globalThis.process?.argv;
if (argv && import.meta.url === `file://${argv[1]}`) {
  const size = Number(argv[2] ?? 220);
  import('node:fs').then(({ writeFileSync }) => {
    writeFileSync('examples/data/catalogue.json', `${JSON.stringify(makeCatalogue(size), null, 1)}\n`);
    console.log(`examples/data/catalogue.json: ${size} fictional activities`);
  });
}
