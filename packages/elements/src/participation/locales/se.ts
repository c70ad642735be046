import type { ParticipationStrings } from './fi.js';

// Northern Sami draft; not reviewed by a native speaker (translation-status.json).
export const se: ParticipationStrings = {
  explanation:
    'Lohku 0–100 čájeha searvevuođa vásihusa: gullevašvuođa, ahte dahkamuš lea mearkkašahtti, ja vejolašvuođa váikkuhit. THL ii ávžžut mihttára ovttaskas olbmo árvvoštallamii, nu ahte boađus rahpá ságastallama, ja dan geavahit joavkkuid ja doaimmaid árvvoštallamii.',
};
