import type { QuestionnaireStrings } from './fi.js';

export const en: QuestionnaireStrings = {
  statement: 'Statement {{number}}',
  progress: 'Statement {{current}} of {{total}}',
  answered: 'Answered {{count}} of {{total}}',
  next: 'Next',
  back: 'Back',
  toReview: 'Check your answers',
  review: {
    title: 'Check your answers',
    intro: 'You can still change your answers. When they are right, confirm them.',
    change: 'Change',
    changeLabel: 'Change the answer to statement {{number}}',
    notAnswered: 'Not answered',
  },
  confirm: 'Confirm answers',
  confirmed: 'Thank you. The answers are confirmed.',
  chooseOne: 'Choose one option.',
  unanswered: 'Answer statement {{number}}: {{statement}}',
  valueMissing: 'Answer every statement.',
  itemsLanguage: 'The statements are shown here in {{language}}, because there is no validated translation into this language.',
  result: {
    title: 'Result',
    score: '{{score}} points on a scale of {{min}}–{{max}}.',
    change: 'Change since the previous measurement ({{timepoint}}, {{previous}} points): {{change}}.',
    noChange: 'The same as last time ({{timepoint}}).',
    disclaimer: 'The result describes how things felt when the answers were given. It is not a diagnosis or a judgement of anyone as a person.',
  },
  loading: 'Loading the questionnaire…',
  missing: {
    title: 'The statements of this questionnaire are missing',
    body: 'This questionnaire may only be used with its official statements, which an organisation receives with a permission. They have not been added to this page yet.',
    help: 'For the site administrator: supply the statements as a file (src) or a property (instrument). See Linkki’s README.',
  },
  failed: {
    title: 'The questionnaire could not be loaded',
    body: 'The connection was lost or the server did not answer. Check the network connection and try again.',
    retry: 'Try again',
  },
  invalid: {
    title: 'The questionnaire could not be shown',
    body: 'The questionnaire file has an error, so no statements are shown. Contact the site administrator.',
  },
};
