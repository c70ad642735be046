import type { StatusStrings } from './fi.js';

// Northern Sami. Written by the development team with the giellalt dictionaries and analysers; not reviewed by a
// native speaker yet (see translation-status.json).
export const se: StatusStrings = {
  title: 'Buresveadjinčujuhusa dilli',
  intro: 'Dás oainnát, makkár dilis čujuhus lea. Olbmo iežas dieđut eai čájehuvvo.',
  reference: 'Referánsa: {{reference}}',
  loading: 'Dieđut vižžojuvvojit…',
  steps: {
    label: 'Čujuhusa dilit',
    received: 'Vuostáiváldojuvvon',
    routed: 'Stivrejuvvon viidáset',
    closed: 'Nohkan',
    notYet: 'Ii vel',
  },
  feedback: {
    title: 'Máhcahat čujuhusa dahkkái',
  },
  missing: {
    title: 'Liŋkkas váilu oassi',
    body: 'Adreassas váilu oassi. Raba liŋkka ođđasit ollisin, nu go oaččut dan.',
  },
  notFound: {
    title: 'Liŋka ii leat geavahusas',
    body: 'Liŋka ii leat geavahusas. Dat lea várra váldojuvvon eret geavahusas, dahje adreassas váilu oassi.',
    help: 'Jus háliidat diehtit, mo čujuhus ovdána, jeara čujuhusa dahkkis.',
  },
  revoked: {
    title: 'Liŋka lea váldojuvvon eret geavahusas',
    body: 'Ii oktage šat oainne čujuhusa dili dáinna liŋkkain.',
  },
  error: {
    title: 'Dieđuid ii sáhttán viežžat',
    offline: 'Oktavuohta ii doaimma just dál. Dárkkis, ahte ovttadat lea neahtas, ja geahččal ođđasit.',
    busy: 'Liŋkka leat geahččalan rahpat máŋgii. Vuordde minuhta ja geahččal ođđasit.',
    server: 'Bálvalus ii vástit just dál. Geahččal ođđasit veaháš maŋŋelis.',
    invalid: 'Dieđuid ii sáhttán čájehit. Geahččal maŋŋelis ođđasit.',
  },
  revoke: {
    about: 'Juohkehaš, geas lea dát liŋka, oaidná čujuhusa dili ja máhcahaga. Jus it šat dárbbaš liŋkka, sáhtát váldit dan eret geavahusas.',
    question: 'Váldojuvvogo liŋka eret geavahusas? Dan maŋŋá ii oktage oainne čujuhusa dili dáinna liŋkkain. Dan ii sáhte šluhttet.',
    removing: 'Váldojuvvo eret…',
    failed: 'Liŋkka ii sáhttán váldit eret geavahusas. Geahččal ođđasit veaháš maŋŋelis.',
  },
  actions: {
    retry: 'Geahččal ođđasit',
    revoke: 'Váldde liŋkka eret geavahusas',
    revokeYes: 'Juo, váldde liŋkka eret',
    revokeNo: 'Šluhtte',
  },
};
