import type { ParticipationStrings } from './fi.js';

export const en: ParticipationStrings = {
  explanation:
    'The number 0–100 describes the experience of inclusion: belonging, finding what one does meaningful, and being able to influence things. THL does not recommend the scale for assessing an individual, so the result serves to open a conversation and is used to evaluate groups and activities.',
};
