import type { ParticipationStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: ParticipationStrings = {
  explanation:
    'Lååkk 0–100 čuäʹjat õõutsažvuõđ ǩiõččlõõzz: kuulmõõžž, što tuâjj lij miârkkšõõvi, da vueiʹttemvuõđ vaikkted. THL ij ävžžâd meâldõõǥǥ õõutsââʹjj ooumže aʹrvvõʹsse, tõn diõtt puåđõs ääʹvad saǥstõõllmõõžž, da tõn âʹnne jouki da toimmjummši aʹrvvõʹsse.',
};
