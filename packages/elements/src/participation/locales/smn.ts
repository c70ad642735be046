import type { ParticipationStrings } from './fi.js';

// Inari Sami draft; not reviewed by a native speaker (translation-status.json).
export const smn: ParticipationStrings = {
  explanation:
    'Loho 0–100 kovvee uásálistem feerim: et olmooš kulloo juávkun, et porgâmuš lii merhâšittee já et sust lii máhđulâšvuotâ vaiguttiđ. THL ij avžut mittár ovtâskâs ulmuu arvâlmân. Tondiet puáđus lii savâstâllâm algân, já tom kevttih juávhui já tooimâi arvâlmân.',
};
