/** Strings of the timeline's edit forms (namespace `timelineEdit`), loaded with the forms. */
export const fi = {
  forms: {
    meeting: 'Uusi tapaaminen',
    note: 'Uusi muistiinpano',
    activity: 'Kokeiltu toiminta',
    close: 'Asiakkuuden päättäminen',
    closeIntro: 'Kirjaa, miten yhteistyö päättyi. Seurantamittaus tehdään kolmen kuukauden kuluttua.',
  },
  fields: {
    date: { label: 'Päivämäärä', hint: 'Esimerkiksi 24.11.2026' },
    place: { label: 'Missä tavattiin' },
    duration: { label: 'Kesto minuutteina' },
    note: { label: 'Muistiinpano', hint: 'Kirjaa vain se, mikä auttaa jatkossa. Älä kirjaa terveystietoja.' },
    text: { label: 'Muistiinpano', hint: 'Kirjaa vain se, mikä auttaa jatkossa. Älä kirjaa terveystietoja.' },
    activityName: { label: 'Toiminnan nimi', hint: 'Kirjoita nimi tai valitse ehdotuksista' },
    joined: { label: 'Henkilö jäi mukaan toimintaan' },
    endingReason: { label: 'Päättymisen syy' },
    meetings: { label: 'Tapaamisten määrä' },
    recommend: { label: 'Suosittelisiko henkilö hyvinvointilähetettä muille?' },
    wellbeingStrengthened: { label: 'Kokeeko henkilö, että hänen hyvinvointinsa on vahvistunut sen ansiosta, mitä lähetteestä seurasi?' },
    whatCameIn: { label: 'Mitä henkilön arkeen tuli' },
    activitiesJoined: { label: 'Toiminnat, joihin henkilö liittyi' },
    feedbackToReferrer: { label: 'Palaute lähetteen tekijälle' },
  },
  errors: {
    date: { required: 'Anna päivämäärä.', invalidDate: 'Anna oikea päivämäärä, esimerkiksi 24.11.2026.' },
    place: { required: 'Valitse, missä tavattiin.' },
    duration: { notInteger: 'Anna kesto kokonaisina minuutteina, esimerkiksi 45.', tooSmall: 'Anna kesto minuutteina, vähintään 1.', tooBig: 'Anna kesto minuutteina, enintään 1440.' },
    text: { required: 'Kirjoita muistiinpano.' },
    activityName: { required: 'Kirjoita toiminnan nimi.' },
    endingReason: { required: 'Valitse päättymisen syy.' },
    meetings: { required: 'Anna tapaamisten määrä, myös 0.', notInteger: 'Anna tapaamisten määrä kokonaislukuna.', tooSmall: 'Tapaamisten määrä ei voi olla negatiivinen.' },
  },
  saved: {
    added: 'Kirjaus lisättiin.',
    declined: 'Kirjausta ei tallennettu. Tiedot ovat yhä lomakkeella.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type TimelineEditStrings = Widen<typeof fi>;
