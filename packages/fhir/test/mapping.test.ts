import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { LANGUAGES, REFERRAL_REASONS, type InstrumentDefinition, type ProfessionalReferral } from '@linkki/schema';
import type * as fhir from '@medplum/fhirtypes';
import { SWEMWBS_EN, SWEMWBS_FI } from '../../elements/src/swemwbs/instrument.js';
import { caseRecord, professionalReferral, selfReferral, swemwbsResponse } from '../../schema/test/fixtures.js';
import {
  caseStatusToFhir,
  codeSystem,
  codeSystems,
  FhirMappingError,
  fromFhir,
  LINKKI_FHIR_BASE,
  referralReasonCodeSystem,
  referralToFhir,
  responseToFhir,
  toFhir,
} from '../src/index.js';
import { assertValidFhir, fhirSchemaBytes, validatedCount, validatorFor, xsdPattern } from './fhir-schema.js';

after(() => console.log(`example resources validated against the FHIR R4 schema: ${validatedCount.resources}`));

const resources = (bundle: fhir.Bundle) => (bundle.entry ?? []).map((e) => e.resource!);
const only = <T extends fhir.Resource['resourceType']>(bundle: fhir.Bundle, type: T) => {
  const found = resources(bundle).filter((r) => r.resourceType === type);
  assert.equal(found.length, 1, `one ${type}`);
  return found[0] as Extract<fhir.Resource, { resourceType: T }>;
};

/**
 * An organisation-supplied participation instrument shaped like THL's ESIS (ten statements, five
 * agreement steps). The statements and labels are test placeholders, deliberately not THL's
 * wording: the official texts come from THL and are never written into Linkki.
 */
const participation: InstrumentDefinition = {
  id: 'esis',
  version: 'test-1',
  title: 'Osallisuusindikaattori (testiaineisto)',
  language: 'fi',
  scoring: 'esis',
  items: Array.from({ length: 10 }, (_, i) => ({ id: `s${i + 1}`, text: `Testiväite ${i + 1} — ei THL:n sanamuoto` })),
  scale: { min: 1, max: 5, labels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Testiporras ${value}` })) },
  notice: 'Testiaineiston tekijänoikeusilmoitus: virallinen teksti ja ilmoitus tulevat THL:ltä.',
  licence: 'Test licence note: the organisation receives the official wording from THL with its permission.',
};

describe('the FHIR R4 schema the tests check against', () => {
  it('is the pinned file (SCHEMA-SOURCE.md)', () => {
    assert.equal(fhirSchemaBytes.length, 3381446);
    assert.equal(createHash('sha256').update(fhirSchemaBytes).digest('hex'), '36a22e5bf91a850fc4c5ccea5b5d7e4be1778bf187497a2b5996f19ddcaedefa');
  });

  it('reads \\s and \\S as XML Schema does, so a no-break space is allowed in a string but not in a code', () => {
    assert.equal(new RegExp(xsdPattern('^[ \\r\\n\\t\\S]+$'), 'u').test('040\u00a0000\u00a00001'), true);
    assert.equal(new RegExp(xsdPattern('^[ \\r\\n\\t\\S]+$'), 'u').test(''), false);
    assert.equal(new RegExp(xsdPattern('^[^\\s]+(\\s[^\\s]+)*$'), 'u').test('a  b'), false);
    assert.equal(new RegExp(xsdPattern('^\\S*$'), 'u').test('urn:uuid:x'), true);
  });

  it('rejects what R4 rejects', () => {
    const patient = validatorFor('Patient');
    assert.equal(patient({ resourceType: 'Patient', gender: 'not-stated' }), false, 'a gender outside the value set');
    assert.equal(patient({ resourceType: 'Patient', birthDate: '47' }), false, 'a malformed date');
    assert.equal(patient({ resourceType: 'Patient', nickname: 'x' }), false, 'an unknown element');
    assert.equal(patient({ resourceType: 'Patient', name: [{ text: '' }] }), false, 'an empty string');
    const bundle = toFhir(professionalReferral);
    only(bundle, 'ServiceRequest').authoredOn = '2 March 2026';
    assert.throws(() => assertValidFhir(bundle), /not valid FHIR R4/);
  });
});

describe('a referral as a transaction Bundle', () => {
  const bundle = toFhir(professionalReferral);

  it('is valid R4 and holds the ServiceRequest, Patient, PractitionerRole, Organization and the start SWEMWBS', () => {
    assertValidFhir(bundle);
    assert.equal(bundle.type, 'transaction');
    assert.deepEqual(resources(bundle).map((r) => r.resourceType), ['ServiceRequest', 'Patient', 'PractitionerRole', 'Organization', 'QuestionnaireResponse']);
    for (const entry of bundle.entry!) assert.deepEqual(entry.request?.method, 'POST');
    assert.equal(new Set(bundle.entry!.map((e) => e.fullUrl)).size, 5, 'every entry has its own address');
  });

  it('creates the ServiceRequest once per referral id, whatever number of retries', () => {
    const request = bundle.entry![0]!;
    assert.equal(request.fullUrl, `urn:uuid:${professionalReferral.id}`);
    assert.equal(request.request?.ifNoneExist, `identifier=urn:ietf:rfc:3986|urn:uuid:${professionalReferral.id}`);
    assert.deepEqual(toFhir(structuredClone(professionalReferral)), bundle, 'the same referral gives the same bytes');
  });

  it('codes the reasons with the Linkki CodeSystem, the free text on “other”', () => {
    const request = only(bundle, 'ServiceRequest');
    const system = referralReasonCodeSystem().url;
    assert.deepEqual(request.reasonCode, [
      { coding: [{ system, code: 'loneliness', display: 'Yksinäisyyden lievittäminen' }] },
      { coding: [{ system, code: 'other', display: 'Muu syy' }], text: professionalReferral.otherReason },
    ]);
    assert.equal(request.authoredOn, professionalReferral.createdAt);
    assert.deepEqual(request.note, [{ text: professionalReferral.hopes }]);
  });

  it('makes the referrer the requester, with her organisation and its type', () => {
    const request = only(bundle, 'ServiceRequest');
    const role = only(bundle, 'PractitionerRole');
    const organization = only(bundle, 'Organization');
    const roleEntry = bundle.entry!.find((e) => e.resource === role)!;
    assert.equal(request.requester?.reference, roleEntry.fullUrl);
    assert.equal(role.practitioner?.display, 'Testi Terveydenhoitaja');
    assert.equal(role.code?.[0]?.coding?.[0]?.code, 'health-services');
    assert.deepEqual(role.telecom, [{ system: 'phone', value: '040 000 0001', rank: 1 }]);
    assert.equal(organization.name, 'Esimerkkikunnan terveysasema');
    assert.equal(role.organization?.reference, bundle.entry!.find((e) => e.resource === organization)!.fullUrl);
  });

  it('describes the person with the Finnish Base Profiles’ municipality extension', () => {
    const patient = only(bundle, 'Patient');
    assert.deepEqual(patient.name, [{ text: 'Aino Esimerkki' }]);
    assert.equal(patient.birthDate, '1947');
    assert.equal(patient.gender, 'female');
    assert.deepEqual(patient.extension?.[0], {
      url: 'https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/municipality-code',
      valueCoding: { system: 'urn:oid:1.2.246.537.6.21.2003', code: '758', display: 'Sodankylä' },
    });
    assert.equal(patient.communication?.[0]?.preferred, true);
    assert.ok(patient.communication?.[0]?.language.coding?.some((c) => c.system === 'urn:ietf:bcp:47' && c.code === 'fi'));
  });

  it('links the start SWEMWBS to the referral and to the person', () => {
    const request = only(bundle, 'ServiceRequest');
    const response = only(bundle, 'QuestionnaireResponse');
    const patientUrl = bundle.entry![1]!.fullUrl;
    assert.equal(response.subject?.reference, patientUrl);
    assert.equal(request.supportingInfo?.[0]?.reference, bundle.entry!.find((e) => e.resource === response)!.fullUrl);
  });

  it('gives the start SWEMWBS answers their labels when the wording is at hand', () => {
    const labelled = referralToFhir(professionalReferral, { swemwbs: SWEMWBS_FI });
    assertValidFhir(labelled);
    assert.equal(only(labelled, 'QuestionnaireResponse').item![2]!.answer![0]!.valueCoding!.display, 'Usein');
    assert.deepEqual(fromFhir(labelled), professionalReferral);
  });

  it('comes back as the same referral', () => {
    assert.deepEqual(fromFhir(bundle), professionalReferral);
    assert.deepEqual(fromFhir(JSON.parse(JSON.stringify(bundle)) as fhir.Bundle), professionalReferral);
  });

  it('makes a self-referral’s requester the person herself, with her age when the birth year is not known', () => {
    const self = toFhir(selfReferral);
    assertValidFhir(self);
    assert.deepEqual(resources(self).map((r) => r.resourceType), ['ServiceRequest', 'Patient']);
    const request = only(self, 'ServiceRequest');
    assert.equal(request.requester?.reference, request.subject?.reference);
    const patient = only(self, 'Patient');
    assert.deepEqual(patient.extension?.find((e) => e.url === `${LINKKI_FHIR_BASE}/StructureDefinition/age`)?.valueAge, { value: 71, unit: 'a', system: 'http://unitsofmeasure.org', code: 'a' });
    assert.deepEqual(fromFhir(self), selfReferral);
  });

  it('refuses what FHIR cannot hold, and reads back only what is a valid referral', () => {
    assert.throws(() => toFhir({ ...selfReferral, createdAt: '2026-04-11T09:00:00+15:00' }), FhirMappingError);
    const withoutConsent = toFhir(selfReferral);
    only(withoutConsent, 'ServiceRequest').extension = [];
    assert.throws(() => fromFhir(withoutConsent), (e: unknown) => e instanceof FhirMappingError && e.issues.some((i) => i.path.join() === 'consent'));
    const unknownReason = toFhir(selfReferral);
    only(unknownReason, 'ServiceRequest').reasonCode![0]!.coding![0]!.code = 'boredom';
    assert.throws(() => fromFhir(unknownReason), /boredom is not a code/);
    assert.throws(() => fromFhir({ resourceType: 'Bundle', type: 'transaction', entry: [] }), /one ServiceRequest/);
  });

  it('leaves an empty “hopes” out (FHIR has no empty strings)', () => {
    const referral: ProfessionalReferral = { ...professionalReferral, hopes: '' };
    const bundle = toFhir(referral);
    assertValidFhir(bundle);
    assert.equal(only(bundle, 'ServiceRequest').note, undefined);
    const { hopes: _, ...rest } = referral;
    assert.deepEqual(fromFhir(bundle), rest);
  });
});

describe('instruments as Questionnaires', () => {
  for (const wording of [SWEMWBS_FI, SWEMWBS_EN]) {
    it(`SWEMWBS (${wording.language}): seven required statements, the five labelled steps, the notice as copyright`, () => {
      const questionnaire = toFhir(wording);
      assertValidFhir(questionnaire);
      assert.equal(questionnaire.url, `${LINKKI_FHIR_BASE}/Questionnaire/swemwbs`);
      assert.equal(questionnaire.version, '1.0');
      assert.equal(questionnaire.language, wording.language);
      assert.equal(questionnaire.copyright, wording.notice);
      assert.equal(questionnaire.extension?.find((e) => e.url.endsWith('/instrument-licence'))?.valueString, wording.licence);
      const statements = questionnaire.item!.filter((i) => i.type === 'choice');
      assert.deepEqual(statements.map((i) => i.text), wording.items.map((i) => i.text));
      assert.ok(statements.every((i) => i.required));
      assert.deepEqual(statements[0]!.answerOption!.map((o) => [o.valueCoding?.code, o.valueCoding?.display]), wording.scale.labels.map((l) => [String(l.value), l.label]));
      assert.equal(questionnaire.item![0]!.type, 'display');
      assert.equal(questionnaire.item![0]!.text, wording.instructions);
      assert.deepEqual(fromFhir(questionnaire), wording);
    });
  }

  it('a licensed participation instrument as the organisation supplied it, its notice and licence kept', () => {
    const questionnaire = toFhir(participation);
    assertValidFhir(questionnaire);
    assert.equal(questionnaire.copyright, participation.notice);
    assert.equal(questionnaire.item!.length, 10);
    assert.deepEqual(fromFhir(questionnaire), participation);
  });

  it('a response answers the Questionnaire’s own items and options', () => {
    const questionnaire = toFhir(SWEMWBS_FI);
    const response = toFhir(swemwbsResponse);
    assertValidFhir(response);
    assert.equal(response.questionnaire, `${questionnaire.url}|1.0`);
    assert.equal(response.status, 'completed');
    assert.equal(response.authored, swemwbsResponse.completedAt);
    for (const item of response.item!) {
      const asked = questionnaire.item!.find((i) => i.linkId === item.linkId);
      assert.ok(asked, `${item.linkId} is a statement of the Questionnaire`);
      assert.ok(asked.answerOption!.some((o) => o.valueCoding?.code === item.answer![0]!.valueCoding!.code));
    }
    assert.deepEqual(fromFhir(response), swemwbsResponse);
  });

  it('a response given its wording carries each answer’s label', () => {
    const response = responseToFhir(swemwbsResponse, { instrument: SWEMWBS_FI });
    assertValidFhir(response);
    assert.deepEqual(response.item![0]!.answer, [{ valueCoding: { code: '3', display: 'Silloin tällöin' } }]);
    assert.equal(responseToFhir(swemwbsResponse, { instrument: { ...SWEMWBS_FI, version: '2.0' } }).item![0]!.answer![0]!.valueCoding!.display, undefined, 'not another version’s labels');
    assert.deepEqual(fromFhir(response), swemwbsResponse);
  });

  it('a response whose score does not match its answers is refused on the way back', () => {
    const response = toFhir(swemwbsResponse);
    response.item![0]!.answer![0]!.valueCoding!.code = '5';
    assert.throws(() => fromFhir(response), (e: unknown) => e instanceof FhirMappingError && e.issues.some((i) => i.code === 'scoreMismatch'));
  });
});

describe('a case’s status as a Task', () => {
  it('closed as planned: completed, with the joint work as the execution period, based on the referral', () => {
    const task = toFhir(caseRecord);
    assertValidFhir(task);
    assert.equal(task.status, 'completed');
    assert.equal(task.businessStatus?.coding?.[0]?.code, 'completed');
    assert.equal(task.authoredOn, '2026-03-02T10:20:00+02:00');
    assert.deepEqual(task.executionPeriod, { start: '2026-03-05T09:00:00+02:00', end: '2026-08-20T12:00:00+03:00' });
    const request = only(toFhir(caseRecord.referral!), 'ServiceRequest');
    assert.deepEqual(task.basedOn?.[0]?.identifier, request.identifier?.[0]);
    assert.deepEqual(fromFhir(task), {
      id: 'case-1',
      referralId: caseRecord.referral!.id,
      status: 'completed',
      receivedAt: '2026-03-02T10:20:00+02:00',
      routedAt: '2026-03-05T09:00:00+02:00',
      closedAt: '2026-08-20T12:00:00+03:00',
    });
  });

  it('each Linkki status has its FHIR status, the exact one in businessStatus', () => {
    const expected = { new: 'received', direct: 'in-progress', 'link-worker': 'in-progress', completed: 'completed', 'referred-elsewhere': 'completed', interrupted: 'cancelled', 'no-joint-work': 'cancelled', 'may-start-later': 'on-hold' } as const;
    for (const [status, taskStatus] of Object.entries(expected)) {
      const task = caseStatusToFhir({ id: 'c', status: status as keyof typeof expected, until: '2026-09-05', followUpDue: '2026-11-20', ...(status === 'interrupted' ? { whyEnded: 'moved' as const } : {}) });
      assertValidFhir(task);
      assert.equal(task.status, taskStatus);
      assert.equal(fromFhir(task).status, status);
      assert.equal(task.restriction?.period?.end, '2026-09-05');
      assert.equal(task.input?.[0]?.valueDate, '2026-11-20');
    }
  });
});

describe('Linkki code lists as CodeSystems', () => {
  it('every list is a valid R4 CodeSystem with all its codes', () => {
    const all = codeSystems();
    assert.equal(all.length, 19);
    for (const system of all) {
      assertValidFhir(system);
      assert.equal(system.count, system.concept!.length);
      assert.equal(new Set(system.concept!.map((c) => c.code)).size, system.count);
    }
  });

  it('referral reasons: Finnish display, a designation in fi, sv, en, se, smn and sms', () => {
    const reasons = referralReasonCodeSystem();
    assert.equal(reasons.url, `${LINKKI_FHIR_BASE}/CodeSystem/referral-reason`);
    assert.deepEqual(reasons.concept!.map((c) => c.code), [...REFERRAL_REASONS]);
    const loneliness = reasons.concept![0]!;
    assert.equal(loneliness.display, 'Yksinäisyyden lievittäminen');
    assert.deepEqual(loneliness.designation!.map((d) => d.language), ['fi', 'sv', 'en', 'se', 'smn', 'sms']);
    assert.ok(loneliness.designation!.every((d) => d.value.trim().length > 0));
    assert.deepEqual(codeSystem('language').concept!.map((c) => c.code), [...LANGUAGES]);
  });

  it('designates only where the schema has a label: the intake’s `new` status has none', () => {
    const statuses = codeSystem('referralStatus');
    const fresh = statuses.concept!.find((c) => c.code === 'new')!;
    assert.equal(fresh.display, undefined);
    assert.equal(fresh.designation, undefined);
    assert.equal(statuses.concept!.find((c) => c.code === 'link-worker')!.display, 'Linkkihenkilölle');
  });
});
