import type { SwemwbsStrings } from './fi.js';

export const sv: SwemwbsStrings = {
  explanation:
    'Poängen beskriver det psykiska välmåendet under de senaste två veckorna. Ju högre tal, desto bättre välmående. Förändringen från början till slutet säger mer än ett enskilt tal.',
};
