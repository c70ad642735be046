// Makes fictional referrals and their case events for the evaluation report: the demo's cases
// (scripts/serve.mjs) and the benchmark's 10 000 (scripts/bench.mjs). Deterministic: the same count,
// seed and period give the same cases. Everything is invented: first names with the test-word
// surnames of the other demo seeds, phone numbers in 040 000 xxxx like the test fixtures, email at the
// reserved .invalid domain. The distributions follow ../shared/DOMAIN.md: mostly women, many aged
// 65–84, loneliness and participation the commonest reasons, some self-referrals, most routed to a
// link worker who meets the person at home or by phone, endings in the proportions of the Sodankylä
// data, SWEMWBS at start, end and follow-up with a plausible improvement, ESIS for some.
import { scoreEsis, scoreSwemwbs, validateCaseEvent, validateReferral } from '@linkki/schema';
import { random } from './catalogue-generator.mjs';

/**
 * The 21 municipalities of Lapland with a relative number of referrals: the pilot municipalities
 * (Sodankylä, Kemijärvi, Muonio, Enontekiö) and Rovaniemi refer most, Pelkosenniemi and Savukoski
 * (under 1 000 inhabitants each) fewest; and the languages people there ask to be served in.
 */
export const MUNICIPALITY_WEIGHTS = [
  ['047', 5, { fi: 80, se: 20 }],
  ['148', 8, { fi: 76, smn: 9, se: 8, sms: 7 }],
  ['240', 6, { fi: 98, en: 2 }],
  ['320', 12, { fi: 100 }],
  ['241', 3, { fi: 100 }],
  ['261', 4, { fi: 97, en: 3 }],
  ['273', 2, { fi: 95, sv: 5 }],
  ['498', 6, { fi: 96, se: 4 }],
  ['583', 0.6, { fi: 100 }],
  ['854', 2, { fi: 97, sv: 3 }],
  ['614', 2, { fi: 100 }],
  ['683', 2, { fi: 100 }],
  ['698', 16, { fi: 95, en: 3, sv: 2 }],
  ['732', 2, { fi: 100 }],
  ['742', 0.6, { fi: 100 }],
  ['751', 2, { fi: 100 }],
  ['758', 14, { fi: 92, se: 8 }],
  ['845', 2, { fi: 100 }],
  ['851', 6, { fi: 93, sv: 5, en: 2 }],
  ['890', 1.5, { se: 55, fi: 45 }],
  ['976', 2, { fi: 96, sv: 4 }],
];

/** Draws from a seeded PRNG: integers, weighted choices, normals, subsets. */
function dice(seed) {
  const rand = random(seed);
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const chance = (p) => rand() < p;
  /** `weights`: { value: weight } or [[value, weight]]. */
  const pick = (weights) => {
    const entries = Array.isArray(weights) ? weights : Object.entries(weights);
    let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries.at(-1)[0];
  };
  const normal = (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  /** `n` different values, each drawn by weight from what is left. */
  const some = (weights, n) => {
    const left = Object.entries(weights);
    const chosen = [];
    while (chosen.length < n && left.length) {
      const value = pick(left);
      chosen.push(value);
      left.splice(left.findIndex(([v]) => v === value), 1);
    }
    return chosen;
  };
  const one = (list) => list[Math.floor(rand() * list.length)];
  return { seed, rand, int, chance, pick, normal, some, one };
}

const DAY = 86_400_000;
/** The last Sunday of a month (0-based) as a day of the month. */
const lastSunday = (year, month) => {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
};
/** Finland's offset from UTC in hours at a moment: +3 from the last Sunday of March to that of October (01:00 UTC). */
function finnishOffset(ms) {
  const year = new Date(ms).getUTCFullYear();
  return ms >= Date.UTC(year, 2, lastSunday(year, 2), 1) && ms < Date.UTC(year, 9, lastSunday(year, 9), 1) ? 3 : 2;
}
/** A day (days since 1970-01-01 on the Finnish calendar) and a Finnish time → the instant in ms. */
function instant(day, hour, minute = 0) {
  const local = day * DAY + (hour * 60 + minute) * 60_000;
  return local - finnishOffset(local - 2 * 3_600_000) * 3_600_000;
}
/** An instant as ISO 8601 with Finland's offset, as a device there records it (`2026-09-15T13:00:00+03:00`). */
function finnishIso(ms) {
  const offset = finnishOffset(ms);
  return `${new Date(ms + offset * 3_600_000).toISOString().slice(0, 19)}+0${offset}:00`;
}
const dayOf = (date) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
/** The same day of the month `months` later (or the month's last day), as the intake counts follow-ups. */
function addMonths(day, months) {
  const date = new Date(day * DAY);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0)).getUTCDate();
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, Math.min(date.getUTCDate(), last)) / DAY);
}

const FEMALE = ['Aino', 'Eeva', 'Helmi', 'Kaarina', 'Liisa', 'Maija', 'Anna', 'Sirkka', 'Tyyne', 'Elli', 'Marjatta', 'Raili', 'Aili', 'Hilkka', 'Lempi', 'Saara', 'Inkeri', 'Anni'];
const MALE = ['Toivo', 'Eino', 'Veikko', 'Pentti', 'Onni', 'Kalevi', 'Aarne', 'Matti', 'Reijo', 'Heikki', 'Juhani', 'Paavo'];
const SAMI_FEMALE = ['Máret', 'Ánne', 'Elle', 'Sárá'];
const SAMI_MALE = ['Ovllá', 'Jovnna', 'Niillas', 'Máhtte'];
/** Test words, never family names: "example", "tester", "sample" (Ovdamearka is "example" in Northern Sami). */
const SURNAMES = ['Esimerkki', 'Esimerkkinen', 'Testaaja', 'Testinen', 'Kokeilu', 'Mallinen', 'Näytteinen', 'Ovdamearka'];

const REASONS = { loneliness: 14, participation: 12, mood: 11, wellbeing: 8, 'physical-functioning': 7, 'social-network': 5, errands: 2, 'future-plans': 1.5, 'digital-skills': 1.5, other: 1 };
const OTHER_REASONS = ['Haluaa löytää tekemistä eläkkeelle jäätyään.', 'Puoliso kuoli keväällä.', 'Muutti kuntaan hiljattain eikä tunne ketään.'];
const HOPES = ['Seuraa ja juttukaveria.', 'Pääsisi liikkumaan ulos muiden kanssa.', 'Jotain mukavaa tekemistä viikkoon.', 'Oppisi käyttämään puhelinta.', 'Kävisi taas kirjastossa.'];
const REFERRERS = {
  'health-services': [35, ['Terveysasema', 'Muistipoliklinikka', 'Kotisairaanhoito', 'Fysioterapia']],
  'social-services': [33, ['Kotihoito', 'Aikuissosiaalityö', 'Vanhuspalvelujen asiakasohjaus']],
  'employment-services': [5, ['Työllisyyspalvelut']],
  'education-culture-services': [5, ['Kansalaisopisto', 'Kirjasto']],
  association: [9, ['Eläkeläisyhdistys (esimerkki)', 'Kyläyhdistys (esimerkki)']],
  parish: [8, ['Seurakunnan diakoniatyö']],
  other: [5, ['Apteekki']],
};
const AGE_BANDS = [[[18, 29], 4], [[30, 44], 7], [[45, 64], 17], [[65, 74], 30], [[75, 84], 30], [[85, 97], 12]];
const ACTIVITIES = ['Tuolijumppa', 'Kylätalon kahvila', 'Lauluryhmä', 'Kirjaston lukupiiri', 'Digitupa', 'Käsityöpiiri', 'Eläkeläisten kerho', 'Diakoniapiiri', 'Ystäväpalvelu', 'Puhelinpiiri', 'Sauvakävelyporukka', 'Muistelupiiri', 'Vesijumppa'];
const GOALS = ['Pääsisin kerran viikossa ulos ihmisten pariin.', 'Jaksaisin kävellä kauppaan.', 'Löytäisin harrastuksen.', 'Soittaisin ystävälle useammin.', 'Oppisin videopuhelut lastenlasten kanssa.'];
const PLACES = { home: 40, phone: 18, activity: 15, outdoors: 12, video: 5, other: 5 };
const BARRIERS = { transport: 30, health: 20, 'no-company': 15, cost: 10, timing: 8, language: 3, accessibility: 5, digital: 5, other: 2 };
const UNMET = { 'activity-nearby': 30, 'transport-service': 20, 'support-person': 15, 'peer-group': 12, 'activity-in-language': 4, 'digital-help': 10, other: 3 };
const WHY_ENDED = { 'person-withdrew': 30, health: 25, 'not-reached': 20, 'other-service': 10, 'no-suitable-activity': 7, moved: 5, other: 3 };
/** Endings of joint work with a link worker: the Sodankylä proportions of the closed cases. */
const ENDINGS = { completed: 7, interrupted: 7, 'no-joint-work': 4, 'referred-elsewhere': 2, 'may-start-later': 2 };
const SAMI = new Set(['se', 'smn', 'sms']);

const SWEMWBS_ITEMS = ['optimistic', 'useful', 'relaxed', 'problems', 'thinking', 'close', 'decisions'];
const ESIS_ITEMS = Array.from({ length: 10 }, (_, i) => `s${i + 1}`);

/**
 * Answers around a level (1–5 per item) and their score from @linkki/schema. SWEMWBS is shown in
 * Finnish to Sami speakers (no official Sami translation exists), in Swedish or English to those who asked.
 */
function questionnaire(d, instrument, level, timepoint, completedAt, serviceLanguage) {
  const ids = instrument === 'swemwbs' ? SWEMWBS_ITEMS : ESIS_ITEMS;
  const values = ids.map(() => Math.min(5, Math.max(1, Math.round(d.normal(level, 0.6)))));
  const score = instrument === 'swemwbs' ? scoreSwemwbs(values) : scoreEsis(values);
  return {
    instrument: { id: instrument, version: '1.0' },
    language: serviceLanguage === 'sv' || serviceLanguage === 'en' ? serviceLanguage : 'fi',
    timepoint,
    answers: Object.fromEntries(ids.map((id, i) => [id, values[i]])),
    score,
    completedAt: finnishIso(completedAt),
  };
}

/** Hours in quarter hours (the closure's unit), at least a quarter. */
const quarters = (hours) => Math.max(0.25, Math.round(hours * 4) / 4);
/** "Would you recommend…" and "wellbeing strengthened" by how the case ended; undefined: not asked. */
function personAnswer(d, ending) {
  if (ending === 'no-joint-work' || ending === 'may-start-later') return d.chance(0.8) ? undefined : Number(d.pick({ 3: 2, 4: 2, 5: 1 }));
  const weights = ending === 'completed' ? { 5: 55, 4: 30, 3: 8, 2: 2, declined: 3, none: 2 } : { 5: 15, 4: 25, 3: 25, 2: 12, 1: 5, declined: 8, none: 10 };
  const answer = d.pick(weights);
  return answer === 'none' ? undefined : answer === 'declined' ? 'declined' : Number(answer);
}

/** A fictional referral received at `receivedAt` (ms); `wellbeing` is the person's SWEMWBS item level, for a start SWEMWBS sent with it. */
function referralOf(d, { index, municipality, receivedAt, wellbeing }) {
  const [, , languages] = MUNICIPALITY_WEIGHTS.find(([code]) => code === municipality);
  const language = d.pick(languages);
  const gender = d.pick({ female: 66, male: 30, other: 1, 'not-stated': 1, unknown: 2 });
  const [low, high] = d.pick(AGE_BANDS);
  const age = d.int(low, high);
  const sami = SAMI.has(language);
  const firstNames = gender === 'male' ? (sami ? SAMI_MALE : MALE) : sami ? SAMI_FEMALE : FEMALE;
  const reasons = d.some(REASONS, Number(d.pick({ 1: 35, 2: 45, 3: 20 })));
  const base = {
    id: `e7a1${(d.seed & 0xffff).toString(16).padStart(4, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    createdAt: finnishIso(receivedAt - d.int(1, 30) * 60_000),
    person: {
      name: `${d.one(firstNames)} ${d.one(SURNAMES)}`,
      contact: d.chance(0.85) ? { phone: `040 000 ${String((d.seed * 7919 + index) % 10_000).padStart(4, '0')}` } : { email: `henkilo.${index}@example.invalid` },
      ...(d.chance(0.6) ? { age } : { birthYear: new Date(receivedAt).getUTCFullYear() - age }),
      ...(gender === 'unknown' ? {} : { gender }),
      municipality,
      language,
    },
    reasons,
    ...(reasons.includes('other') ? { otherReason: d.one(OTHER_REASONS) } : {}),
    ...(d.chance(0.4) ? { hopes: d.one(sami ? [...HOPES, 'Saamenkielistä seuraa kylällä.'] : HOPES) } : {}),
    consent: true,
  };
  if (d.chance(0.15)) return { kind: 'self', ...base };
  const type = d.pick(Object.entries(REFERRERS).map(([code, [weight]]) => [code, weight]));
  const wantsFeedback = d.chance(0.3);
  return {
    kind: 'professional',
    ...base,
    referrer: {
      type,
      organisation: d.one(REFERRERS[type][1]),
      ...(wantsFeedback ? { name: 'Testi Tekijä', contact: { email: `tekija.${index}@example.invalid` }, wantsFeedback } : {}),
    },
    ...(d.chance(0.12) ? { swemwbs: questionnaire(d, 'swemwbs', wellbeing, 'start', receivedAt - 3_600_000, language) } : {}),
  };
}

/** Routed straight to an activity (suoraohjaus): 1–2 hours of the coordinator, closed within weeks. */
function directWork(d, add, routedDay) {
  add(instant(routedDay, 10, d.int(0, 59)), { type: 'routed', by: 'coordinator', route: 'direct' });
  const ending = d.pick({ completed: 80, 'referred-elsewhere': 10, 'may-start-later': 10 });
  const joined = ending === 'completed' && d.chance(0.7) ? [{ name: d.one(ACTIVITIES) }] : [];
  const recommend = personAnswer(d, ending);
  add(instant(routedDay + d.int(7, 35), 13), {
    type: 'closed',
    by: 'coordinator',
    closure: {
      endingReason: ending,
      meetings: Number(d.pick({ 0: 6, 1: 4 })),
      hours: { coordinator: quarters(d.int(4, 8) / 4) },
      ...(recommend === undefined ? {} : { recommend }),
      ...(joined.length ? { activitiesJoined: joined, continuing: ['activity'] } : {}),
    },
  });
}

/**
 * Joint work with a link worker (linkkihenkilöohjaus), at most six months: meetings at home, by phone,
 * outdoors or at an activity; SWEMWBS (and for some ESIS) at the first meeting and at the end; barriers
 * and unmet needs for some; the closure with the person's answers; the follow-up three months later.
 */
function jointWork(d, add, { routedDay, referral, wellbeing, inclusion, events }) {
  const { language } = referral.person;
  const instrument = (id, level, timepoint, at) => add(at, { type: 'questionnaire-completed', by: 'link-worker', response: questionnaire(d, id, level, timepoint, at, language) });
  add(instant(routedDay, 10, d.int(0, 59)), { type: 'routed', by: 'coordinator', route: 'link-worker' });
  if (d.chance(0.5)) add(instant(routedDay, 10, 30), { type: 'period-agreed', by: 'coordinator', until: dateOf(addMonths(routedDay, 6)) });
  const ending = d.pick(ENDINGS);
  const meetings = { completed: d.int(4, 12), interrupted: d.int(1, 5), 'no-joint-work': d.int(0, 1), 'referred-elsewhere': d.int(1, 3), 'may-start-later': d.int(1, 2) }[ending];
  const length = { completed: d.int(60, 180), interrupted: d.int(20, 120), 'no-joint-work': d.int(7, 30), 'referred-elsewhere': d.int(14, 60), 'may-start-later': d.int(10, 45) }[ending];
  const firstDay = routedDay + d.int(3, 21);
  let measured = Boolean(referral.swemwbs);
  let minutes = 0;
  let kilometres = 0;
  const joined = [];
  for (let m = 0; m < meetings; m++) {
    const place = d.pick(PLACES);
    const durationMinutes = place === 'phone' ? d.int(10, 40) : d.int(4, 10) * 15;
    const km = ['home', 'outdoors', 'activity'].includes(place) ? d.int(0, 70) : 0;
    minutes += durationMinutes;
    kilometres += km;
    const start = instant(firstDay + Math.round((m * length) / meetings), d.int(9, 15));
    add(start, { type: 'meeting', by: 'link-worker', place, durationMinutes, ...(km ? { kilometres: km } : {}) });
    if (m === 0) {
      if (!measured && d.chance(0.85)) {
        instrument('swemwbs', wellbeing, 'start', start + 40 * 60_000);
        measured = true;
      }
      if (d.chance(0.25)) instrument('esis', inclusion, 'start', start + 45 * 60_000);
      if (d.chance(0.6)) add(start + 50 * 60_000, { type: 'goals-set', by: 'link-worker', goals: d.some(Object.fromEntries(GOALS.map((g) => [g, 1])), d.int(1, 2)) });
    } else if (d.chance(0.35)) {
      const activity = { name: d.one(ACTIVITIES) };
      const type = ending === 'completed' && d.chance(0.6) ? 'activity-joined' : 'activity-tried';
      add(start + 90 * 60_000, { type, by: 'link-worker', activity });
      if (type === 'activity-joined') joined.push(activity);
    }
  }
  if (meetings > 0 && d.chance(0.35)) {
    const sami = SAMI.has(language);
    const barriers = d.some(sami ? { ...BARRIERS, language: 25 } : BARRIERS, d.int(0, 2));
    const unmetNeeds = d.some(sami ? { ...UNMET, 'activity-in-language': 30 } : UNMET, barriers.length ? d.int(0, 2) : d.int(1, 2));
    add(instant(firstDay + Math.floor(length / 2), 16), { type: 'needs-recorded', by: 'link-worker', ...(barriers.length ? { barriers } : {}), ...(unmetNeeds.length ? { unmetNeeds } : {}) });
  }
  const closedDay = firstDay + length;
  const closedAt = instant(closedDay, 14);
  // Wellbeing improves most for those who went through as planned; a third of the change fades by the follow-up.
  const gain = d.normal(ending === 'completed' ? 0.7 : ending === 'interrupted' ? 0.15 : 0.3, 0.35);
  if (meetings > 0 && d.chance(measured ? { completed: 0.85, interrupted: 0.3 }[ending] ?? 0.4 : 0.05)) instrument('swemwbs', wellbeing + gain, 'end', closedAt - 30 * 60_000);
  if (ending === 'completed' && events.some((e) => e.response?.instrument.id === 'esis') && d.chance(0.6)) instrument('esis', inclusion + d.normal(0.35, 0.3), 'end', closedAt - 20 * 60_000);
  const recommend = personAnswer(d, ending);
  const strengthened = personAnswer(d, ending);
  const continuing = ending === 'completed' && d.chance(0.7) ? d.some({ activity: 60, 'peer-group': 25, 'support-person': 10, volunteer: 8 }, d.int(1, 2)) : [];
  const feedback = referral.kind === 'professional' && referral.referrer.wantsFeedback && d.chance(0.7);
  add(closedAt, {
    type: 'closed',
    by: 'link-worker',
    closure: {
      endingReason: ending,
      ...(ending === 'interrupted' || ending === 'no-joint-work' ? { whyEnded: { code: d.pick(WHY_ENDED) } } : {}),
      meetings,
      hours: { linkWorker: quarters(minutes / 60 + meetings * 0.5), coordinator: quarters(d.int(4, 8) / 4) },
      ...(kilometres ? { kilometres } : {}),
      ...(recommend === undefined ? {} : { recommend }),
      ...(strengthened === undefined ? {} : { wellbeingStrengthened: strengthened }),
      ...(joined.length ? { activitiesJoined: joined } : {}),
      ...(continuing.length ? { continuing } : {}),
      ...(feedback ? { feedbackToReferrer: 'Kiitos lähetteestä. Yhteistyö on päättynyt.', feedbackConsent: true } : {}),
    },
  });
  // The follow-up, three months after the end: SWEMWBS again when she can be reached, else marked done.
  const followUpAt = instant(addMonths(closedDay, 3) + d.int(0, 20), d.int(9, 15));
  if (measured && d.chance(0.65)) instrument('swemwbs', wellbeing + gain * 0.65 + d.normal(0, 0.15), 'follow-up', followUpAt);
  else add(followUpAt, { type: 'follow-up-done', by: 'link-worker' });
}

/**
 * One fictional case: `referral` (valid against @linkki/schema), `receivedAt` (ISO), `status` (`new`,
 * the route, or the ending reason), `events` oldest first. Events after `asOf` (ms) are left out, so
 * recent cases are still waiting or in joint work.
 */
function makeCase(d, index, municipality, receivedDay, asOf) {
  const receivedAt = instant(receivedDay, d.int(8, 15), d.int(0, 59));
  // The person's wellbeing (SWEMWBS item level) and participation (ESIS item level) at the start.
  const wellbeing = d.normal(3.3, 0.55);
  const inclusion = d.normal(3.0, 0.6);
  const referral = referralOf(d, { index, municipality, receivedAt, wellbeing });
  const events = [];
  const add = (ms, event) => events.push({ ...event, id: `ev-${d.seed}-${index}-${events.length + 1}`, at: finnishIso(ms) });
  const routedDay = receivedDay + Math.min(45, Math.round(Math.exp(d.normal(1.5, 0.9))));
  if (d.chance(0.05)) {
    // Never routed: the coordinator could not reach her, or she changed her mind.
    add(instant(routedDay, 12), {
      type: 'closed',
      by: 'coordinator',
      closure: { endingReason: 'no-joint-work', whyEnded: { code: d.pick({ 'not-reached': 3, 'person-withdrew': 2 }) }, meetings: 0, hours: { coordinator: quarters(d.int(2, 6) / 4) } },
    });
  } else if (d.chance(0.3)) directWork(d, add, routedDay);
  else jointWork(d, add, { routedDay, referral, wellbeing, inclusion, events });
  const kept = events.filter((e) => Date.parse(e.at) <= asOf).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let status = 'new';
  for (const event of kept) {
    if (event.type === 'routed') status = event.route;
    if (event.type === 'closed') status = event.closure.endingReason;
  }
  return { referral, receivedAt: finnishIso(receivedAt), status, events: kept };
}

/**
 * How many of `count` cases each municipality gets: by weight (largest remainders), at least one each
 * when there are enough cases to go round.
 */
export function municipalityCounts(count, weights = MUNICIPALITY_WEIGHTS) {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const floor = count >= weights.length ? 1 : 0;
  const shares = weights.map(([code, w]) => ({ code, exact: (count * w) / total }));
  for (const s of shares) s.n = Math.max(floor, Math.floor(s.exact));
  let left = count - shares.reduce((sum, s) => sum + s.n, 0);
  for (const s of [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (left <= 0) break;
    s.n += 1;
    left -= 1;
  }
  // Too many (the floor of one each): take back from the largest.
  while (left < 0) {
    const largest = shares.reduce((a, b) => (b.n > a.n ? b : a));
    largest.n -= 1;
    left += 1;
  }
  return Object.fromEntries(shares.map((s) => [s.code, s.n]));
}

/**
 * `count` fictional cases received from `from` to `to` (ISO dates, inclusive), more towards the end
 * (the model is spreading), as they stand at `asOf` (ISO date-time; default: the day after `to`).
 * Oldest received first. Each case: `{ referral, receivedAt, status, events }` — see `makeCase`.
 */
export function makeEvaluationCases(count, { seed = 14, from = '2025-01-01', to = '2026-11-30', asOf } = {}) {
  const d = dice(seed);
  const first = dayOf(from);
  const days = dayOf(to) - first + 1;
  const until = asOf ? Date.parse(asOf) : (dayOf(to) + 1) * DAY;
  const municipalities = Object.entries(municipalityCounts(count)).flatMap(([code, n]) => Array(n).fill(code));
  // Receipt days with a density rising linearly to twice the first day's: t = √(1 + 3u) − 1.
  const received = municipalities.map(() => first + Math.min(days - 1, Math.floor((Math.sqrt(1 + 3 * d.rand()) - 1) * days))).sort((a, b) => a - b);
  // Shuffle municipalities over the receipt days (Fisher–Yates).
  for (let i = municipalities.length - 1; i > 0; i--) {
    const j = Math.floor(d.rand() * (i + 1));
    [municipalities[i], municipalities[j]] = [municipalities[j], municipalities[i]];
  }
  const cases = received.map((day, index) => makeCase(d, index, municipalities[index], day, until));
  return cases.sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
}

/** Throws unless every referral and event is valid against @linkki/schema (scores included). */
export function assertValid(cases) {
  for (const { referral, events } of cases) {
    const checked = validateReferral(referral);
    if (!checked.ok) throw new Error(`referral ${referral.id}: ${JSON.stringify(checked.issues)}`);
    for (const event of events) {
      const result = validateCaseEvent(event);
      if (!result.ok) throw new Error(`event ${event.id}: ${JSON.stringify(result.issues)}`);
    }
  }
}

const chunks = (list, size) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Stores cases in the intake's tables with their own times, in bulk (one INSERT … SELECT FROM unnest
 * per batch), mirroring what the store writes: a referral's reference draws the next number of
 * `referral_number` in order of receipt (`LNK-<year received>-000123`), `idempotency_key` is the
 * referral id, `status` and `assigned_to` as given; each event's `recorded_at` is its `at`. Cases
 * already stored (by id) and their events are skipped, so a second call adds nothing. No status
 * links and no webhook deliveries: these cases are history, not news. `assign(case)` names the link
 * worker (a staff id) of a case routed to one, or null.
 */
export async function loadCases(db, cases, { assign = () => null, batch = 500 } = {}) {
  let referrals = 0;
  let events = 0;
  for (const part of chunks(cases, batch)) {
    const rows = await db.query(
      `INSERT INTO referrals (id, idempotency_key, reference, body, status, received_at, assigned_to)
       SELECT id, id, 'LNK-' || year || '-' || lpad(n::text, greatest(6, length(n::text)), '0'), body::jsonb, status, received_at::timestamptz, assigned_to
       FROM (
         SELECT x.*, nextval('referral_number') AS n
         FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS x (id, year, body, status, received_at, assigned_to, ord)
         WHERE NOT EXISTS (SELECT 1 FROM referrals r WHERE r.id = x.id) AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.idempotency_key = x.id)
         ORDER BY x.ord
       ) AS numbered
       RETURNING id`,
      [
        part.map((c) => c.referral.id),
        part.map((c) => Number(c.receivedAt.slice(0, 4))),
        part.map((c) => JSON.stringify(c.referral)),
        part.map((c) => c.status),
        part.map((c) => c.receivedAt),
        part.map((c) => (c.events.some((e) => e.type === 'routed' && e.route === 'link-worker') ? assign(c) ?? null : null)),
      ],
    );
    referrals += rows.length;
  }
  const all = cases.flatMap((c) => c.events.map((event) => [event.id, c.referral.id, JSON.stringify(event), event.at]));
  for (const part of chunks(all, batch * 2)) {
    const rows = await db.query(
      `INSERT INTO case_events (id, referral_id, body, recorded_at)
       SELECT x.id, x.referral_id, x.body::jsonb, x.at::timestamptz FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x (id, referral_id, body, at)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [part.map((e) => e[0]), part.map((e) => e[1]), part.map((e) => e[2]), part.map((e) => e[3])],
    );
    events += rows.length;
  }
  return { referrals, events };
}
