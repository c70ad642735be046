import {
  LAPLAND_MUNICIPALITIES,
  validateReferral,
  type Gender,
  type InstrumentDefinition,
  type Language,
  type Referral,
  type ReferralReason,
  type ReferrerType,
} from '@linkki/schema';
import type * as fhir from '@medplum/fhirtypes';
import { codeFrom, coding, concept } from './codes.js';
import { fail, reading, validated } from './errors.js';
import { dateTime, defined, extensionOf } from './primitives.js';
import { responseFromFhir, responseToFhir } from './questionnaire.js';
import { BCP47, EXTENSIONS, FI_MUNICIPALITY_EXTENSION, FI_MUNICIPALITY_SYSTEM, UCUM, URI_SYSTEM } from './urls.js';

/** Linkki's genders and FHIR's administrative gender, one to one (`not-stated` is `unknown`). */
const GENDER_TO_FHIR = { female: 'female', male: 'male', other: 'other', 'not-stated': 'unknown' } as const satisfies Record<Gender, string>;
const GENDER_FROM_FHIR = Object.fromEntries(Object.entries(GENDER_TO_FHIR).map(([k, v]) => [v, k])) as Record<string, Gender>;

/** What is requested: the wellbeing referral itself (hyvinvointilähete). */
const SERVICE = { text: 'hyvinvointilähete (wellbeing referral)' };

/**
 * Entry addresses inside the bundle. The ServiceRequest is `urn:uuid:<referral id>`; the others are
 * that uuid with its last twelve hex digits xor-ed with a small number, so the same referral always
 * makes the same bundle (a retry sends the same bytes) and no two entries share an address.
 */
const ROLES = { patient: 1, practitionerRole: 2, organization: 3, swemwbs: 4 } as const;
function entryUrl(referralId: string, role?: keyof typeof ROLES): string {
  const id = referralId.toLowerCase();
  if (!role) return `urn:uuid:${id}`;
  const tail = (Number.parseInt(id.slice(-12), 16) ^ ROLES[role]).toString(16).padStart(12, '0');
  return `urn:uuid:${id.slice(0, -12)}${tail}`;
}

const telecom = (contact: { phone?: string; email?: string } | undefined): fhir.ContactPoint[] | undefined => {
  if (!contact) return undefined;
  const points: fhir.ContactPoint[] = [];
  if (contact.phone !== undefined) points.push({ system: 'phone', value: contact.phone, rank: 1 });
  if (contact.email !== undefined) points.push({ system: 'email', value: contact.email, rank: points.length + 1 });
  return points;
};
const contactOf = (points: readonly fhir.ContactPoint[] | undefined) =>
  points && points.length
    ? defined({ phone: points.find((p) => p.system === 'phone')?.value, email: points.find((p) => p.system === 'email')?.value })
    : undefined;

function patientOf(person: Referral['person']): fhir.Patient {
  const municipality = LAPLAND_MUNICIPALITIES.find((m) => m.code === person.municipality);
  return defined({
    resourceType: 'Patient' as const,
    extension: [
      {
        url: FI_MUNICIPALITY_EXTENSION,
        valueCoding: defined({ system: FI_MUNICIPALITY_SYSTEM, code: person.municipality, display: municipality?.name.fi }),
      },
      ...(person.age === undefined ? [] : [{ url: EXTENSIONS.age, valueAge: { value: person.age, unit: 'a', system: UCUM, code: 'a' } }]),
    ],
    name: [{ text: person.name }],
    telecom: telecom(person.contact),
    gender: person.gender === undefined ? undefined : GENDER_TO_FHIR[person.gender],
    birthDate: person.birthYear === undefined ? undefined : String(person.birthYear).padStart(4, '0'),
    communication: [{ language: { coding: [coding('language', person.language), { system: BCP47, code: person.language }] }, preferred: true }],
  });
}

function reasonCodes(referral: Referral): fhir.CodeableConcept[] {
  const codes = referral.reasons.map((reason) =>
    reason === 'other' && referral.otherReason !== undefined ? { ...concept('referralReason', reason), text: referral.otherReason } : concept('referralReason', reason),
  );
  // Words without the `other` code (the schema allows them): a concept of text only.
  if (referral.otherReason !== undefined && !referral.reasons.includes('other')) codes.push({ text: referral.otherReason });
  return codes;
}

const entry = (fullUrl: string, resource: fhir.Resource, ifNoneExist?: string): fhir.BundleEntry =>
  ({ fullUrl, resource, request: defined({ method: 'POST' as const, url: resource.resourceType, ifNoneExist }) }) as fhir.BundleEntry;

/**
 * A referral as a FHIR transaction Bundle: the ServiceRequest (the referral, created only once per
 * referral id through `ifNoneExist`), the person as Patient, and for a professional referral the
 * referrer as PractitionerRole with her Organization, and the start SWEMWBS as a
 * QuestionnaireResponse. A self-referral's requester is the Patient herself.
 */
export interface ReferralOptions {
  /** The SWEMWBS wording the start questionnaire was shown in, so its answers carry their labels. */
  swemwbs?: InstrumentDefinition;
}

export function referralToFhir(referral: Referral, options: ReferralOptions = {}): fhir.Bundle {
  const urls = {
    request: entryUrl(referral.id),
    patient: entryUrl(referral.id, 'patient'),
    role: entryUrl(referral.id, 'practitionerRole'),
    organization: entryUrl(referral.id, 'organization'),
    swemwbs: entryUrl(referral.id, 'swemwbs'),
  };
  const identifier = { system: URI_SYSTEM, value: `urn:uuid:${referral.id}` };
  const professional = referral.kind === 'professional' ? referral : undefined;
  const referrer = professional?.referrer;
  const extension: fhir.Extension[] = [{ url: EXTENSIONS.consent, valueBoolean: referral.consent }];
  if (referrer?.wantsFeedback !== undefined) extension.push({ url: EXTENSIONS.wantsFeedback, valueBoolean: referrer.wantsFeedback });

  const serviceRequest: fhir.ServiceRequest = defined({
    resourceType: 'ServiceRequest' as const,
    extension,
    identifier: [identifier],
    status: 'active' as const,
    intent: 'order' as const,
    code: SERVICE,
    subject: { reference: urls.patient },
    authoredOn: dateTime(referral.createdAt, 'createdAt'),
    requester: { reference: referrer ? urls.role : urls.patient },
    reasonCode: reasonCodes(referral),
    supportingInfo: professional?.swemwbs ? [{ reference: urls.swemwbs }] : undefined,
    // FHIR has no empty strings: an empty `hopes` is left out.
    note: referral.hopes ? [{ text: referral.hopes }] : undefined,
  });
  const entries = [entry(urls.request, serviceRequest, `identifier=${identifier.system}|${identifier.value}`), entry(urls.patient, patientOf(referral.person))];
  if (referrer) {
    const type = concept('referrerType', referrer.type);
    entries.push(
      entry(
        urls.role,
        defined({
          resourceType: 'PractitionerRole' as const,
          practitioner: referrer.name === undefined ? undefined : { display: referrer.name },
          organization: referrer.organisation === undefined ? undefined : { reference: urls.organization },
          code: [type],
          telecom: telecom(referrer.contact),
        }),
      ),
    );
    if (referrer.organisation !== undefined) entries.push(entry(urls.organization, { resourceType: 'Organization', type: [type], name: referrer.organisation }));
  }
  if (professional?.swemwbs) entries.push(entry(urls.swemwbs, responseToFhir(professional.swemwbs, defined({ subject: { reference: urls.patient }, instrument: options.swemwbs }))));
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}

function resolver(bundle: fhir.Bundle) {
  const byUrl = new Map((bundle.entry ?? []).flatMap((e) => (e.fullUrl && e.resource ? [[e.fullUrl, e.resource] as const] : [])));
  return <T extends fhir.Resource['resourceType']>(ref: fhir.Reference | undefined, type: T): Extract<fhir.Resource, { resourceType: T }> | undefined => {
    if (!ref?.reference) return undefined;
    const found = byUrl.get(ref.reference);
    if (!found) fail(`${ref.reference} is not an entry of the bundle`);
    if (found.resourceType !== type) fail(`${ref.reference} is a ${found.resourceType}, expected ${type}`);
    return found as Extract<fhir.Resource, { resourceType: T }>;
  };
}

/** A Bundle made by `referralToFhir` (a transaction, or the same resources in another bundle type) back to the referral, validated. */
export function referralFromFhir(bundle: fhir.Bundle): Referral {
  return reading('Bundle', () => readReferral(bundle));
}

function readReferral(bundle: fhir.Bundle): Referral {
  if (bundle.resourceType !== 'Bundle') fail(`Expected a Bundle, got ${bundle.resourceType}`);
  const requests = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is fhir.ServiceRequest => r?.resourceType === 'ServiceRequest');
  if (requests.length !== 1) fail(`Expected one ServiceRequest in the bundle, found ${requests.length}`);
  const request = requests[0]!;
  const resolve = resolver(bundle);
  const patient = resolve(request.subject, 'Patient') ?? fail('The ServiceRequest has no subject Patient');
  const id = request.identifier?.find((i) => i.system === URI_SYSTEM && i.value?.startsWith('urn:uuid:'))?.value?.slice('urn:uuid:'.length);

  const reasons = (request.reasonCode ?? []).flatMap((c) => {
    const code = codeFrom<ReferralReason>('referralReason', c.coding);
    return code ? [code] : [];
  });
  const otherReason = request.reasonCode?.find((c) => c.text !== undefined && (!c.coding?.length || codeFrom('referralReason', c.coding) === 'other'))?.text;
  const age = extensionOf(patient.extension, EXTENSIONS.age)?.valueAge?.value;
  const gender = patient.gender === undefined ? undefined : (GENDER_FROM_FHIR[patient.gender] ?? fail(`Unknown gender ${patient.gender}`));
  const languageCodings = patient.communication?.find((c) => c.preferred)?.language.coding ?? patient.communication?.[0]?.language.coding;
  const language = codeFrom<Language>('language', languageCodings) ?? languageCodings?.find((c) => c.system === BCP47)?.code;
  const person = defined({
    name: patient.name?.[0]?.text,
    contact: contactOf(patient.telecom),
    birthYear: patient.birthDate === undefined ? undefined : Number(patient.birthDate.slice(0, 4)),
    age,
    gender,
    municipality: extensionOf(patient.extension, FI_MUNICIPALITY_EXTENSION)?.valueCoding?.code,
    language,
  });
  const base = defined({
    id,
    createdAt: request.authoredOn,
    person,
    reasons,
    otherReason,
    hopes: request.note?.[0]?.text,
    consent: extensionOf(request.extension, EXTENSIONS.consent)?.valueBoolean,
  });

  const role = request.requester?.reference === request.subject?.reference ? undefined : resolve(request.requester, 'PractitionerRole');
  if (!role) return validated('referral', validateReferral({ kind: 'self', ...base }));
  const organization = resolve(role.organization, 'Organization');
  const referrer = defined({
    type: codeFrom<ReferrerType>('referrerType', role.code?.[0]?.coding),
    name: role.practitioner?.display,
    organisation: organization?.name,
    contact: contactOf(role.telecom),
    wantsFeedback: extensionOf(request.extension, EXTENSIONS.wantsFeedback)?.valueBoolean,
  });
  const swemwbsResource = request.supportingInfo?.map((ref) => resolve(ref, 'QuestionnaireResponse')).find(Boolean);
  const swemwbs = swemwbsResource ? responseFromFhir(swemwbsResource) : undefined;
  return validated('referral', validateReferral(defined({ kind: 'professional' as const, ...base, referrer, swemwbs })));
}
