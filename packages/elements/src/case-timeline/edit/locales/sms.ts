import type { TimelineEditStrings } from './fi.js';

// Skolt Sami best-effort draft; not reviewed by a native speaker (translation-status.json).
export const sms: TimelineEditStrings = {
  forms: {
    meeting: 'Ođđ suâpštõõllmõš',
    note: 'Ođđ mieʹrǩǩõs',
    activity: 'Ǩeeʹččum tuåimmjummuš',
    close: 'Äʹšš pohttmõš',
    closeIntro: 'Ǩeeʹrjet, mäʹhtt õõutstuâjj pohtti. Čuõʹvvemmeâldummuš raajât kolmm mannu mâŋŋa.',
  },
  fields: {
    date: { label: 'Peiʹvvmieʹrr', hint: 'Vuõđđmieʹrǩǩen 24.11.2026' },
    place: { label: 'Koʹst suâpštõõlli' },
    duration: { label: 'Kuuʹǩǩes minuuttâin' },
    note: { label: 'Mieʹrǩǩõs', hint: 'Ǩeeʹrjet pâi tõn, mii veäkkat mâŋŋa. Jeäʹl ǩeeʹrjet tiõrvâsvuõttteâđaid.' },
    text: { label: 'Mieʹrǩǩõs', hint: 'Ǩeeʹrjet pâi tõn, mii veäkkat mâŋŋa. Jeäʹl ǩeeʹrjet tiõrvâsvuõttteâđaid.' },
    activityName: { label: 'Tuåimmjummuž nõmm', hint: 'Ǩeeʹrjet nõõm leʹbe vaʹlljed evttõõzzin' },
    joined: { label: 'Ooumaž kuâđđji tuåimmjumuužže' },
    endingReason: { label: 'Pohttmõõžž määinn' },
    meetings: { label: 'Suâpštõõllmõõžži meâr' },
    recommend: { label: 'Ävvšâʹvvči-a ooumaž pueʹrrvääjjamõhjjõõzz jeeʹresåʹrnne?' },
    wellbeingStrengthened: { label: 'Vuâmm-a ooumaž, što suu pueʹrrvääjjam lij nâânasmâm tõʹst, mii õhjjõõzzâst čuõʹvvi?' },
    whatCameIn: { label: 'Mii puõʹtti ooumže årggpeiʹvve' },
    activitiesJoined: { label: 'Tuåimmjummuž, kåʹtte ooumaž ooudâsti' },
    feedbackToReferrer: { label: 'Vuäʹstteem õhjjõõzz raajjja' },
  },
  errors: {
    date: { required: 'Uʹvdd peiʹvvmieʹrr.', invalidDate: 'Uʹvdd vuõiʹgges peiʹvvmieʹrr, vuõđđmieʹrǩǩen 24.11.2026.' },
    place: { required: 'Vaʹlljed, koʹst suâpštõõlli.' },
    duration: { notInteger: 'Uʹvdd kuuʹǩǩes obb minuuttâin, vuõđđmieʹrǩǩen 45.', tooSmall: 'Uʹvdd kuuʹǩǩes minuuttâin, ucceeʹmus 1.', tooBig: 'Uʹvdd kuuʹǩǩes minuuttâin, jeäʹnmõsân 1440.' },
    text: { required: 'Ǩeeʹrjet mieʹrǩǩõõzz.' },
    activityName: { required: 'Ǩeeʹrjet tuåimmjummuž nõõm.' },
    endingReason: { required: 'Vaʹlljed pohttmõõžž määin.' },
    meetings: { required: 'Uʹvdd suâpštõõllmõõžži meâr, še 0.', notInteger: 'Uʹvdd suâpštõõllmõõžži meâr obb looǥǥen.', tooSmall: 'Suâpštõõllmõõžži meâr ij vuäǯǯ leeʹd negatiivlaž.' },
  },
  saved: {
    added: 'Mieʹrǩǩõs lââʹzzteš.',
    declined: 'Mieʹrǩǩõs ij ruõkkuum. Teâđ liâ ââʹld blaŋkkâst.',
  },
};
