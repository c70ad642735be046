import type { TimelineEditStrings } from './fi.js';

export const en: TimelineEditStrings = {
  forms: {
    meeting: 'New meeting',
    note: 'New note',
    activity: 'Activity tried',
    close: 'Closing the case',
    closeIntro: 'Record how the work ended. The follow-up questionnaire is due three months later.',
  },
  fields: {
    date: { label: 'Date', hint: 'For example 24/11/2026' },
    place: { label: 'Where you met' },
    duration: { label: 'Length in minutes' },
    note: { label: 'Note', hint: 'Record only what helps later. Do not record health information.' },
    text: { label: 'Note', hint: 'Record only what helps later. Do not record health information.' },
    activityName: { label: 'Name of the activity', hint: 'Type the name or choose a suggestion' },
    joined: { label: 'The person stayed on in the activity' },
    endingReason: { label: 'Reason for ending' },
    meetings: { label: 'Number of meetings' },
    recommend: { label: 'Would the person recommend the wellbeing referral to others?' },
    wellbeingStrengthened: { label: 'Does the person feel their wellbeing has strengthened because of what followed from the referral?' },
    whatCameIn: { label: "What came into the person's everyday life" },
    activitiesJoined: { label: 'Activities the person joined' },
    feedbackToReferrer: { label: 'Feedback to the referrer' },
  },
  errors: {
    date: { required: 'Enter a date.', invalidDate: 'Enter a real date, for example 24/11/2026.' },
    place: { required: 'Choose where you met.' },
    duration: { notInteger: 'Enter the length in whole minutes, for example 45.', tooSmall: 'Enter the length in minutes, at least 1.', tooBig: 'Enter the length in minutes, at most 1440.' },
    text: { required: 'Write the note.' },
    activityName: { required: 'Enter the name of the activity.' },
    endingReason: { required: 'Choose the reason for ending.' },
    meetings: { required: 'Enter the number of meetings, even if it is 0.', notInteger: 'Enter the number of meetings as a whole number.', tooSmall: 'The number of meetings cannot be negative.' },
  },
  saved: {
    added: 'The entry was added.',
    declined: 'The entry was not saved. What you typed is still in the form.',
  },
};
