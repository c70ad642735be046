import type { TimelineEditStrings } from './fi.js';

export const sv: TimelineEditStrings = {
  forms: {
    meeting: 'Nytt möte',
    note: 'Ny anteckning',
    activity: 'Prövad verksamhet',
    close: 'Avslutning av ärendet',
    closeIntro: 'Registrera hur samarbetet avslutades. Uppföljningsmätningen görs efter tre månader.',
  },
  fields: {
    date: { label: 'Datum', hint: 'Till exempel 24.11.2026' },
    place: { label: 'Var ni träffades' },
    duration: { label: 'Längd i minuter' },
    note: { label: 'Anteckning', hint: 'Skriv bara det som hjälper senare. Skriv inte hälsouppgifter.' },
    text: { label: 'Anteckning', hint: 'Skriv bara det som hjälper senare. Skriv inte hälsouppgifter.' },
    activityName: { label: 'Verksamhetens namn', hint: 'Skriv namnet eller välj ett förslag' },
    joined: { label: 'Personen fortsatte i verksamheten' },
    endingReason: { label: 'Orsak till avslutningen' },
    meetings: { label: 'Antal möten' },
    recommend: { label: 'Skulle personen rekommendera välmåenderemissen åt andra?' },
    wellbeingStrengthened: { label: 'Upplever personen att hens välmående har stärkts tack vare det som följde av remissen?' },
    whatCameIn: { label: 'Vad som kom in i personens vardag' },
    activitiesJoined: { label: 'Verksamheter personen började i' },
    feedbackToReferrer: { label: 'Respons till remittenten' },
  },
  errors: {
    date: { required: 'Ange ett datum.', invalidDate: 'Ange ett riktigt datum, till exempel 24.11.2026.' },
    place: { required: 'Välj var ni träffades.' },
    duration: { notInteger: 'Ange längden i hela minuter, till exempel 45.', tooSmall: 'Ange längden i minuter, minst 1.', tooBig: 'Ange längden i minuter, högst 1440.' },
    text: { required: 'Skriv anteckningen.' },
    activityName: { required: 'Skriv verksamhetens namn.' },
    endingReason: { required: 'Välj orsaken till avslutningen.' },
    meetings: { required: 'Ange antalet möten, även om det är 0.', notInteger: 'Ange antalet möten som ett heltal.', tooSmall: 'Antalet möten kan inte vara negativt.' },
  },
  saved: {
    added: 'Anteckningen lades till.',
    declined: 'Anteckningen sparades inte. Det du skrev finns kvar i formuläret.',
  },
};
