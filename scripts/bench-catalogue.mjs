// Catalogues for the finder benchmark whose vocabulary grows with their size, as a real catalogue's
// does: the activities of scripts/catalogue-generator.mjs (names, places, schedules, facets) with
// free-text descriptions written here — everyday activity words in their inflected forms, compounds
// made of known parts, and place, person and trade names drawn from a pool that grows with the
// catalogue (about 0.8 new words per activity). The demo's catalogue is not changed.
import { makeCatalogue, random } from './catalogue-generator.mjs';

/** Everyday words, each with inflected forms a provider writes (nominative first). */
const WORDS = [
  ['kuoro', 'kuoron', 'kuorossa', 'kuoroon', 'kuorosta', 'kuoroa', 'kuorot', 'kuoroissa'],
  ['laulu', 'laulun', 'lauluja', 'lauluissa', 'laulut', 'laulamaan', 'laulamme', 'laulaen'],
  ['kävely', 'kävelyn', 'kävelyyn', 'kävelyllä', 'kävelyä', 'kävelyt', 'kävellään', 'kävelemään'],
  ['älylaite', 'älylaitteen', 'älylaitteet', 'älylaitteisiin', 'älylaitteella', 'älylaitteiden', 'älylaitteita'],
  ['kirjasto', 'kirjaston', 'kirjastossa', 'kirjastoon', 'kirjastosta', 'kirjastot'],
  ['lukupiiri', 'lukupiirin', 'lukupiiriin', 'lukupiirissä', 'lukupiirit', 'lukupiiriä'],
  ['tanssi', 'tanssin', 'tanssiin', 'tanssissa', 'tansseja', 'tanssimaan', 'tanssitaan'],
  ['jumppa', 'jumpan', 'jumppaan', 'jumpassa', 'jumppaa', 'jumpat', 'jumppaamaan'],
  ['liikunta', 'liikunnan', 'liikuntaan', 'liikunnassa', 'liikuntaa', 'liikkumaan'],
  ['suru', 'surun', 'suruun', 'surussa', 'surua', 'surevat', 'sureville', 'surevien'],
  ['vertaistuki', 'vertaistuen', 'vertaistukea', 'vertaistukeen', 'vertaistuessa'],
  ['kahvi', 'kahvin', 'kahvia', 'kahvilla', 'kahvit', 'kahvitellaan'],
  ['käsityö', 'käsityön', 'käsitöitä', 'käsitöihin', 'käsityöt', 'käsitöissä'],
  ['ulkoilu', 'ulkoilun', 'ulkoiluun', 'ulkoillaan', 'ulkoilemaan', 'ulkoilua'],
  ['muisti', 'muistin', 'muistia', 'muistelu', 'muistellaan', 'muistoja'],
  ['ystävä', 'ystävän', 'ystäviä', 'ystävien', 'ystävälle', 'ystävyys'],
  ['yksinäisyys', 'yksinäisyyden', 'yksinäisyyteen', 'yksinäisiä', 'yksinäisille'],
  ['eläkeläinen', 'eläkeläisen', 'eläkeläiset', 'eläkeläisille', 'eläkeläisten'],
  ['ohjaaja', 'ohjaajan', 'ohjaajat', 'ohjaajana', 'ohjaajien', 'ohjatusti'],
  ['kylä', 'kylän', 'kylällä', 'kylälle', 'kylältä', 'kylät', 'kylien'],
  ['metsä', 'metsän', 'metsään', 'metsässä', 'metsästä', 'metsiä'],
  ['järvi', 'järven', 'järvellä', 'järvelle', 'järviä', 'järvien'],
  ['puhelin', 'puhelimen', 'puhelimella', 'puhelimeen', 'puhelimia'],
  ['tabletti', 'tabletin', 'tabletilla', 'tabletteja', 'tablettiin'],
  ['verkkopankki', 'verkkopankin', 'verkkopankkia', 'verkkopankkiin', 'verkkopankissa'],
  ['maalaus', 'maalauksen', 'maalausta', 'maalaamaan', 'maalataan', 'maalauksia'],
  ['kalastus', 'kalastuksen', 'kalastusta', 'kalastamaan', 'kalastetaan', 'kaloja'],
  ['marja', 'marjan', 'marjoja', 'marjastamaan', 'marjametsään', 'marjat'],
  ['keskustelu', 'keskustelun', 'keskustellaan', 'keskustelemaan', 'keskusteluja'],
  ['ruoka', 'ruoan', 'ruokaa', 'ruokailu', 'ruokaillaan', 'ruokia'],
  ['kuntosali', 'kuntosalin', 'kuntosalilla', 'kuntosalille', 'kuntosaliin'],
  ['hiihto', 'hiihdon', 'hiihtoa', 'hiihtämään', 'hiihdetään', 'hiihtoladulle'],
];

/** Heads of compounds with their inflected forms, the way Finnish names activities: "metsä" + "kävelyyn". */
const HEADS = [
  ['kävely', 'kävelyn', 'kävelyyn', 'kävelyllä'],
  ['ryhmä', 'ryhmän', 'ryhmään', 'ryhmässä'],
  ['piiri', 'piirin', 'piiriin', 'piirissä'],
  ['kerho', 'kerhon', 'kerhoon', 'kerhossa'],
  ['retki', 'retken', 'retkelle', 'retkellä'],
  ['jumppa', 'jumpan', 'jumppaan', 'jumpassa'],
  ['kuoro', 'kuoron', 'kuoroon', 'kuorossa'],
  ['tupa', 'tuvan', 'tupaan', 'tuvassa'],
  ['ilta', 'illan', 'iltaan', 'illassa'],
  ['kurssi', 'kurssin', 'kurssille', 'kurssilla'],
];
const PREFIXES = ['sauva', 'vesi', 'tuoli', 'kunto', 'metsä', 'kylä', 'lähi', 'ilta', 'aamu', 'seniori', 'perhe', 'luonto', 'lintu', 'kirja', 'digi', 'laulu', 'tanssi', 'muistelu', 'neule', 'kalastus', 'tunturi', 'ranta', 'seurakunta', 'nuoriso', 'puutarha'];

const SYLLABLES = ['ka', 'ko', 'ki', 'ta', 'to', 'ti', 'la', 'lo', 'li', 'ma', 'mo', 'mi', 'na', 'no', 'ni', 'pa', 'po', 'pi', 'ra', 'ro', 'ri', 'sa', 'so', 'si', 'va', 'vo', 'vi', 'ja', 'jo', 'hä', 'hö', 'ky', 'ly', 'my', 'ny', 'py', 'sy', 'ty', 'vä', 'pä', 'kä', 'lä'];
const ENDINGS = ['nen', 'la', 'lä', 'nen', 'io', 'ri', 'mo', 'ja', 'kka', 'kkä', 'sto', 'stö', 'inen', 'ola', 'ölä'];

/** A made-up word of 2–4 syllables and an ending: names of places, people, firms and trade terms. */
function inventedWord(rand) {
  const syllables = 1 + Math.floor(rand() * 3);
  let word = '';
  for (let i = 0; i < syllables; i += 1) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return word + ENDINGS[Math.floor(rand() * ENDINGS.length)];
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
/** Zipf-like: low indexes often, the long tail rarely (as names in a real catalogue). */
const zipf = (rand, size) => Math.min(size - 1, Math.floor(size ** rand()) - 1 + (rand() < 0.5 ? 0 : Math.floor(rand() * 2)));
const capital = (word) => word[0].toUpperCase() + word.slice(1);

const compound = (rand) => `${pick(rand, PREFIXES)}${pick(rand, pick(rand, HEADS))}`;
/** "Mäkinen" → "Mäkisen", "Kallio" → "Kallion". */
const genitive = (name) => (name.endsWith('nen') ? `${name.slice(0, -3)}sen` : `${name}n`);

function sentence(rand, names) {
  const word = () => pick(rand, pick(rand, WORDS));
  const name = () => names[zipf(rand, names.length)];
  const kinds = [
    () => `${capital(compound(rand))} ${word()} ja ${word()} ${capital(genitive(name()))} ${pick(rand, ['talolla', 'majalla', 'koululla', 'rannalla', 'kentällä'])}.`,
    () => `${capital(word())} ${word()} ${name()} ${word()} ${compound(rand)}.`,
    () => `Ohjaajana ${capital(name())} ${capital(name())}, ${word()} ${word()}.`,
    () => `Tervetuloa ${word()} ${compound(rand)} ${word()}.`,
    () => `${capital(name())} ${word()} ${word()} ${name()} ${word()}.`,
  ];
  return pick(rand, kinds)();
}

/**
 * A catalogue of `size` activities (the generator's), each with a description of 2–4 generated
 * sentences. The pool of invented names is 0.8 × size words, so the number of distinct words grows
 * with the catalogue (about 2 000 at 1 000 activities, 7 000 at 10 000, 23 000 at 50 000).
 */
export function makeBenchCatalogue(size, seed = 42) {
  const { activities } = makeCatalogue(size, seed);
  const rand = random(seed + 1);
  const names = Array.from({ length: Math.max(50, Math.round(size * 0.8)) }, () => inventedWord(rand));
  for (const activity of activities) {
    const sentences = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => sentence(rand, names));
    activity.description = { ...activity.description, fi: `${activity.description.fi} ${sentences.join(' ')}` };
  }
  return activities;
}

/** Distinct folded words of a catalogue's names and descriptions (printed by the bench). */
export function vocabularySize(activities) {
  const words = new Set();
  for (const a of activities) for (const text of [...Object.values(a.name), ...Object.values(a.description ?? {})]) for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  return words.size;
}
