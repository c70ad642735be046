import type { StatusStrings } from './fi.js';

// Inari Sami. A draft by the development team with the giellalt dictionaries and analysers; not reviewed by a
// native speaker yet (see translation-status.json).
export const smn: StatusStrings = {
  title: 'Pyereestvaijeemčujottâs muddo',
  intro: 'Taan siijđost uáináh čujottâs mudo. Ulmuu jieijâs tiäđuh iä čaittuu.',
  reference: 'Čujos: {{reference}}',
  loading: 'Tiäđuh viäžžojeh…',
  steps: {
    label: 'Čujottâs mudoh',
    received: 'Vuástávaldum',
    routed: 'Stivrejum ovdâskulij',
    closed: 'Nuuhâm',
    notYet: 'Ij vala',
  },
  feedback: {
    title: 'Macâttâs čujottâs rähtei',
  },
  missing: {
    title: 'Liiŋkâst váilu uási',
    body: 'Liiŋkâst váilu uási. Leehâ liiŋkâ uđđâsist ubâlâžžân, nuuvt ko tom ožžuh.',
  },
  notFound: {
    title: 'Liŋkkâ ij tooimâ',
    body: 'Liŋkkâ ij tooimâ. Tot lii ušom sikkum, teikkâ liiŋkâst váilu uási.',
    help: 'Koijâd čujottâs rähtest, maht čujottâs juátkoo.',
  },
  revoked: {
    title: 'Liŋkkâ lii sikkum',
    body: 'Kihheen ij innig uáini čujottâs mudo taan liŋkkáin.',
  },
  error: {
    title: 'Tiäđuid ij puáhtám viežžâđ',
    offline: 'Ohtâvuotâ ij tooimâ tääl. Täärhist, et piergâs lii viärmáduvvâst, já keččâl uđđâsist.',
    busy: 'Liiŋkâ lii keččâlum lekkâđ maŋgii. Vyerdi miinut já keččâl uđđâsist.',
    server: 'Palvâlus ij västid tääl. Keččâl uđđâsist uccáá maŋeláá.',
    invalid: 'Tiäđuid ij puáhtám čäittiđ. Keččâl maŋeláá uđđâsist.',
  },
  revoke: {
    about: 'Juáháš, kiäst lii taat liŋkkâ, uáiná čujottâs mudo já macâttâs. Jis jieh innig tarbâš liiŋkâ, siho tom.',
    question: 'Sikkoo-uv liŋkkâ? Tastmaŋa kihheen ij uáini čujottâs mudo taan liŋkkáin. Tom ij pyevti murdettiđ.',
    removing: 'Sikkoo…',
    failed: 'Liiŋkâ ij puáhtám sikkođ. Keččâl uđđâsist uccáá maŋeláá.',
  },
  actions: {
    retry: 'Keččâl uđđâsist',
    revoke: 'Siho liiŋkâ',
    revokeYes: 'Tuođâi, siho liiŋkâ',
    revokeNo: 'Murdeet',
  },
};
