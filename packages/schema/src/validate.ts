import { activity, catalogue } from './activity.js';
import { caseEvent, caseRecord, closure } from './case.js';
import { instrumentDefinition } from './instrument.js';
import { professionalReferral, referral, selfReferral } from './referral.js';
import { questionnaireResponse } from './response.js';
import { validatorFor } from './validation.js';

// Pure: a bundle keeps only the validators (and schemas) an element actually uses.

export const validateReferral = /* @__PURE__ */ validatorFor(referral);
export const validateProfessionalReferral = /* @__PURE__ */ validatorFor(professionalReferral);
export const validateSelfReferral = /* @__PURE__ */ validatorFor(selfReferral);
export const validateInstrumentDefinition = /* @__PURE__ */ validatorFor(instrumentDefinition);
export const validateQuestionnaireResponse = /* @__PURE__ */ validatorFor(questionnaireResponse);
export const validateActivity = /* @__PURE__ */ validatorFor(activity);
export const validateCatalogue = /* @__PURE__ */ validatorFor(catalogue);
export const validateCase = /* @__PURE__ */ validatorFor(caseRecord);
export const validateCaseEvent = /* @__PURE__ */ validatorFor(caseEvent);
export const validateClosure = /* @__PURE__ */ validatorFor(closure);
