/**
 * Code lists: stable codes that travel in payloads. Labels live in `labels/<lang>.ts`.
 * Never rename a code; add new ones at the end.
 */

/** UI languages, and the languages a service or activity can be given in. */
export const LANGUAGES = ['fi', 'se', 'smn', 'sms', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Sami languages spoken in Finland (saamen kielet). */
export const SAMI_LANGUAGES = ['se', 'smn', 'sms'] as const satisfies readonly Language[];

/** Why the referral is made (lähetteen syy), from the Lapland pilots. */
export const REFERRAL_REASONS = [
  'loneliness', // Yksinäisyyden lievittäminen
  'mood', // Mielialan muutos
  'participation', // Osallisuuden vahvistaminen
  'wellbeing', // Hyvinvoinnin lisääminen
  'physical-functioning', // Fyysisen toimintakyvyn vahvistaminen
  'social-network', // Sosiaalisen verkoston vahvistaminen
  'errands', // Asiointi kodin ulkopuolella
  'future-plans', // Tulevaisuuden suunnitelmat
  'digital-skills', // Digi-osaamisen vahvistaminen
  'other', // Muu syy (free text required)
] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** The referrer's employer or organisation (lähetteen tekijän työnantaja). */
export const REFERRER_TYPES = [
  'social-services',
  'health-services',
  'employment-services',
  'education-culture-services',
  'association',
  'parish',
  'other',
] as const;
export type ReferrerType = (typeof REFERRER_TYPES)[number];

export const GENDERS = ['female', 'male', 'other', 'not-stated'] as const;
export type Gender = (typeof GENDERS)[number];

/** How joint work ended (päättymisen syy). */
export const ENDING_REASONS = [
  'completed', // vietiin läpi suunnitellusti
  'interrupted', // keskeytyi
  'no-joint-work', // ei johtanut työskentelyyn
  'referred-elsewhere', // ohjautui muualle
  'may-start-later', // aloittaa mahdollisesti myöhemmin
] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];

/** A case is ongoing until it closes with an ending reason. */
export const CASE_STATUSES = ['ongoing', ...ENDING_REASONS] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** How the coordinator routed the referral: suoraohjaus or linkkihenkilöohjaus. */
export const ROUTES = ['direct', 'link-worker'] as const;
export type Route = (typeof ROUTES)[number];

/** When a questionnaire is filled: at the start, at the end, three months after the end. */
export const TIMEPOINTS = ['start', 'end', 'follow-up'] as const;
export type Timepoint = (typeof TIMEPOINTS)[number];

/** Where a meeting between the link worker and the person took place. */
// `remote` is kept for records made before `phone` and `video` were told apart.
export const MEETING_PLACES = ['home', 'outdoors', 'activity', 'remote', 'other', 'phone', 'video'] as const;
export type MeetingPlace = (typeof MEETING_PLACES)[number];

/** Who recorded a case event; a role, not a name. */
export const RECORDER_ROLES = ['referrer', 'coordinator', 'link-worker', 'person', 'system'] as const;
export type RecorderRole = (typeof RECORDER_ROLES)[number];

/** How an activity is attended (HSDS: attending_type, extended). */
export const ATTENDING_TYPES = ['in-person', 'remote-phone', 'remote-video', 'home-visit', 'mobile'] as const;
export type AttendingType = (typeof ATTENDING_TYPES)[number];

/** Activity categories of the activity catalogue (palvelutarjotin). */
export const ACTIVITY_CATEGORIES = [
  'exercise',
  'outdoors',
  'culture',
  'music',
  'crafts',
  'learning',
  'library',
  'digital-help',
  'peer-group',
  'meeting-place',
  'parish',
  'volunteering',
  'village',
  'sami-culture',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** Accessibility features an activity can declare; anything else goes to free text. */
export const ACCESSIBILITY_FEATURES = [
  'step-free', // esteetön kulku
  'accessible-toilet',
  'hearing-loop', // induktiosilmukka
  'parking-nearby',
  'seating', // istumapaikkoja, taukoja
  'companion-free', // avustaja pääsee maksutta
  'transport-help', // kuljetusapu
  'large-print',
  'quiet', // rauhallinen, pieni ryhmä
  'guide-dog',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Five-step answer scale of the closure questions (Likert 1–5); each question labels it its own way. */
export const LIKERT_VALUES = [1, 2, 3, 4, 5] as const;
export type Likert = (typeof LIKERT_VALUES)[number];

/** The person's answer to a closure question: 1–5, or that she did not want to answer. */
export const DECLINED = 'declined' as const;

/** "Would you recommend…?" 1–5: how willing, not how much one agrees. */
export const RECOMMEND_ANSWERS = ['1', '2', '3', '4', '5', DECLINED] as const;
export type RecommendAnswer = (typeof RECOMMEND_ANSWERS)[number];

/** "I feel my wellbeing has strengthened…" 1–5: agreement with a first-person statement. */
export const AGREEMENT_ANSWERS = ['1', '2', '3', '4', '5', DECLINED] as const;
export type AgreementAnswer = (typeof AGREEMENT_ANSWERS)[number];

/** Why joint work was interrupted or never started (the seeds: "ja mistä syystä"). */
export const WHY_ENDED = [
  'person-withdrew', // ei halunnut jatkaa
  'not-reached', // ei tavoitettu
  'health', // terveydentila muuttui
  'other-service', // tarvitsi toisenlaista palvelua
  'moved', // muutti pois
  'no-suitable-activity', // sopivaa toimintaa ei löytynyt
  'other',
  // Set by the migration on closures recorded before the reason was asked; never offered in forms.
  'not-recorded',
] as const;
export type WhyEnded = (typeof WHY_ENDED)[number];

/** How what was started continues after the case closes (what came into everyday life). */
export const CONTINUING = [
  'activity', // jatkaa toiminnassa
  'volunteer', // jatkaa vapaaehtoisena
  'support-person', // jatkaa tukihenkilön kanssa
  'peer-group', // jatkaa vertaisryhmässä
] as const;
export type Continuing = (typeof CONTINUING)[number];

/** What kept the person from taking part: the model passes these to the municipality. */
export const BARRIERS = [
  'transport', // kulkeminen
  'cost', // hinta
  'health', // terveys tai jaksaminen
  'no-company', // ei seuraa lähteä
  'timing', // ajankohta
  'language', // kieli
  'accessibility', // esteellisyys
  'digital', // vaatii digitaitoja
  'other',
] as const;
export type Barrier = (typeof BARRIERS)[number];

/** Needs no activity in the catalogue met: the loop back to the municipality. */
export const UNMET_NEEDS = [
  'activity-nearby', // toimintaa lähellä
  'activity-in-language', // toimintaa omalla kielellä (esim. saameksi)
  'transport-service', // kuljetus
  'support-person', // tukihenkilö
  'peer-group', // vertaisryhmä
  'digital-help', // digituki
  'other',
] as const;
export type UnmetNeed = (typeof UNMET_NEEDS)[number];
