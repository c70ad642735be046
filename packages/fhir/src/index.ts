import type { Case, InstrumentDefinition, QuestionnaireResponse, Referral } from '@linkki/schema';
import type * as fhir from '@medplum/fhirtypes';
import { fail } from './errors.js';
import { instrumentFromFhir, instrumentToFhir, responseFromFhir, responseToFhir } from './questionnaire.js';
import { referralFromFhir, referralToFhir } from './referral.js';
import { caseStatusFromFhir, caseStatusToFhir, type CaseState } from './task.js';

export { codeSystem, codeSystems, codeSystemUrlOf, referralReasonCodeSystem, CODE_SYSTEM_NAMES, type CodeSystemName } from './codes.js';
export { FhirMappingError } from './errors.js';
export { instrumentFromFhir, instrumentToFhir, responseFromFhir, responseToFhir, type ResponseOptions } from './questionnaire.js';
export { referralFromFhir, referralToFhir, type ReferralOptions } from './referral.js';
export { caseStateOf, caseStatusFromFhir, caseStatusToFhir, type CaseState } from './task.js';
export * from './urls.js';

/**
 * One Linkki document to FHIR R4: a referral → transaction Bundle, an instrument definition →
 * Questionnaire, a questionnaire response → QuestionnaireResponse, a case → Task (its status).
 */
export function toFhir(value: Referral): fhir.Bundle;
export function toFhir(value: InstrumentDefinition): fhir.Questionnaire;
export function toFhir(value: QuestionnaireResponse): fhir.QuestionnaireResponse;
export function toFhir(value: Case): fhir.Task;
export function toFhir(value: Referral | InstrumentDefinition | QuestionnaireResponse | Case): fhir.Resource {
  if ('kind' in value) return referralToFhir(value);
  if ('scoring' in value) return instrumentToFhir(value);
  if ('answers' in value) return responseToFhir(value);
  if ('events' in value) return caseStatusToFhir(value);
  return fail('Not a Linkki referral, instrument definition, questionnaire response or case');
}

/** The way back: each result is validated with `@linkki/schema`; a FhirMappingError says what did not fit. */
export function fromFhir(resource: fhir.Bundle): Referral;
export function fromFhir(resource: fhir.Questionnaire): InstrumentDefinition;
export function fromFhir(resource: fhir.QuestionnaireResponse): QuestionnaireResponse;
export function fromFhir(resource: fhir.Task): CaseState;
export function fromFhir(resource: fhir.Bundle | fhir.Questionnaire | fhir.QuestionnaireResponse | fhir.Task): Referral | InstrumentDefinition | QuestionnaireResponse | CaseState {
  if (typeof resource !== 'object' || resource === null) fail('Not a FHIR resource');
  switch (resource.resourceType) {
    case 'Bundle':
      return referralFromFhir(resource);
    case 'Questionnaire':
      return instrumentFromFhir(resource);
    case 'QuestionnaireResponse':
      return responseFromFhir(resource);
    case 'Task':
      return caseStatusFromFhir(resource);
    default:
      return fail(`No Linkki mapping for ${String((resource as { resourceType?: unknown }).resourceType)}`);
  }
}
