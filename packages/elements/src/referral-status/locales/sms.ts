import type { StatusStrings } from './fi.js';

// Skolt Sami. A draft by the development team with the giellalt dictionaries and analysers; not reviewed by a
// native speaker yet (see translation-status.json).
export const sms: StatusStrings = {
  title: 'Pueʹrrvääjjamõhjjõõzz mäʹtt',
  intro: 'Tän seeidast vuäinak õhjjõõzz määʹtt. Oummu jiijjâs teâđaid ij čuäʹjet.',
  reference: 'Referens: {{reference}}',
  loading: 'Teâđaid ooʒʒât…',
  steps: {
    label: 'Õhjjõõzz määʹtt',
    received: 'Vuâsttavalddum',
    routed: 'Ohjjuum ooudâs',
    closed: 'Looppâm',
    notYet: 'Ij veâl',
  },
  feedback: {
    title: 'Maacctõs õhjjõõzz raajjja',
  },
  missing: {
    title: 'Liiŋkâst lij väjja',
    body: 'Addrõõzzâst lij väjja. Liâvhââʹtt liiŋk oʹđđest obbsen.',
  },
  notFound: {
    title: 'Liŋkk ij tååim',
    body: 'Liŋkk ij tååim. Tõn vuâstai jaukkeeš, leʹbe addrõõzzâst lij väjja.',
    help: 'Kõõjj õhjjõõzz raajjjest, mäʹhtt õhjjõs juätkkai.',
  },
  revoked: {
    title: 'Liiŋk jaukkeeš',
    body: 'Tän liiŋkin ij vueiʹt vueiʹnned õhjjõõzz määʹtt.',
  },
  error: {
    title: 'Teâđaid ij vuäittam vuäǯǯad',
    offline: 'Õhttvuõtt ij tååim ââʹn. Taaʹrǩest, što neävvõs lij neʹttest, da ǩiččâl oʹđđest.',
    busy: 'Liiŋk ǩiččleš liâvhâʹtted määŋg vuâra. Näärav minuutt da ǩiččâl oʹđđest.',
    server: 'Kääzzkõs ij vaʹstted ââʹn. Ǩiččâl oʹđđest poodd mâŋŋa.',
    invalid: 'Teâđaid ij vuäittam čuäʹjted. Ǩiččâl mâŋŋa oʹđđest.',
  },
  revoke: {
    about: 'Tän liiŋkin vuäitt vueiʹnned õhjjõõzz määʹtt da maacctõõzz. Jaukkâd liiŋk, aǥu jiõk taarbaš tõn.',
    question: 'Jaukkâd liiŋk? Tõn mâŋŋa tän liiŋkin ij vueiʹt vueiʹnned õhjjõõzz määʹtt. Tõn ij vueiʹt muʹtted.',
    removing: 'Jaukkeet…',
    failed: 'Liiŋk ij vuäittam jaukkeed. Ǩiččâl oʹđđest poodd mâŋŋa.',
  },
  actions: {
    retry: 'Ǩiččâl oʹđđest',
    revoke: 'Jaukkâd liiŋk',
    revokeYes: 'Kâʹl, jaukkâd liiŋk',
    revokeNo: 'Jeäʹl jaukkâd',
  },
};
