import type { ParticipationStrings } from './fi.js';

// Inari Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const smn: ParticipationStrings = {
  explanation:
    'Loho 0–100 čáittá oosâlistem vaasâttâs: kullâmvuođâ, et porgâmuš lii merhâšittee, já máhđulâšvuođâ vaiguttiđ. THL ij avžut mittár ovtâskâs ulmuu arvâlmân, toho puáđus lehâst sahâstâllâm, já tom kevttih juávhui já toimâi arvâlmân.',
};
