/**
 * Canonical addresses of what Linkki defines for FHIR. The host is the one the project's JSON
 * Schemas use (`https://linkki.example/schema/`); change both together when Linkki has a home.
 */
export const LINKKI_FHIR_BASE = 'https://linkki.example/fhir';

/** A Linkki code list as a CodeSystem: `…/CodeSystem/referral-reason`. */
export const codeSystemUrl = (slug: string) => `${LINKKI_FHIR_BASE}/CodeSystem/${slug}`;
const extension = (name: string) => `${LINKKI_FHIR_BASE}/StructureDefinition/${name}`;

/** Extensions Linkki defines, for what FHIR R4 has no element. */
export const EXTENSIONS = {
  /** Patient: the age the referrer gave when the birth year was not known (`valueAge`, years). */
  age: extension('age'),
  /** ServiceRequest: the person agreed to the referral (`valueBoolean`, always true). */
  consent: extension('consent-given'),
  /** ServiceRequest: the referrer asked for feedback on how the referral went (`valueBoolean`). */
  wantsFeedback: extension('referrer-wants-feedback'),
  /** QuestionnaireResponse: when in the case it was filled (`valueCoding`, Linkki timepoint). */
  timepoint: extension('timepoint'),
  /** QuestionnaireResponse: the score, sub-extensions `raw` and `metric` (`valueDecimal`). */
  score: extension('score'),
  /** Questionnaire: the scoring rule (`valueCode`: `swemwbs` or `esis`). */
  scoring: extension('scoring'),
  /** Questionnaire: who licensed this wording to whom, for what (`valueString`). */
  licence: extension('instrument-licence'),
} as const;

/** HL7 Finland's Finnish Base Profiles: the home municipality of a patient. */
export const FI_MUNICIPALITY_EXTENSION = 'https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code';
/** Statistics Finland's municipality classification (kunta, 2003 version) as the Finnish Base Profiles name it. */
export const FI_MUNICIPALITY_SYSTEM = 'urn:oid:1.2.246.537.6.21.2003';
/** FHIR core extension: the numeric value of an answer option. */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const BCP47 = 'urn:ietf:bcp:47';
export const UCUM = 'http://unitsofmeasure.org';
/** Identifiers that are URIs, here `urn:uuid:<referral id>`. */
export const URI_SYSTEM = 'urn:ietf:rfc:3986';
/** Linkki case ids. */
export const CASE_ID_SYSTEM = `${LINKKI_FHIR_BASE}/case-id`;
/** Instrument ids (`swemwbs`, `esis`, or an organisation's own). */
export const INSTRUMENT_ID_SYSTEM = `${LINKKI_FHIR_BASE}/instrument-id`;
export const questionnaireUrl = (instrumentId: string) => `${LINKKI_FHIR_BASE}/Questionnaire/${instrumentId}`;
