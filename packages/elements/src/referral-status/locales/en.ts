import type { StatusStrings } from './fi.js';

export const en: StatusStrings = {
  title: 'Where the wellbeing referral stands',
  intro: 'Here you can see what stage the referral is at. No personal details are shown.',
  reference: 'Reference: {{reference}}',
  loading: 'Getting the details…',
  steps: {
    label: 'Stages of the referral',
    received: 'Received',
    routed: 'Passed on',
    closed: 'Finished',
    notYet: 'Not yet',
  },
  feedback: {
    title: 'Feedback to the person who made the referral',
  },
  missing: {
    title: 'The link is incomplete',
    body: 'Part of the address is missing. Open the link again in full, exactly as you received it.',
  },
  notFound: {
    title: 'This link is not in use',
    body: 'This link is not in use. It may have been switched off, or part of the address is missing.',
    help: 'To find out how the referral is going, ask the person who made it.',
  },
  revoked: {
    title: 'The link has been switched off',
    body: 'Nobody can see the stage of the referral with this link any more.',
  },
  error: {
    title: 'The details could not be fetched',
    offline: 'The connection is not working right now. Check that the device is online and try again.',
    busy: 'The link has been tried many times. Wait a minute and try again.',
    server: 'The service is not answering right now. Try again in a moment.',
    invalid: 'The details could not be shown. Try again later.',
  },
  revoke: {
    about: 'Anyone who has this link can see the stage of the referral and the feedback. If you no longer need the link, you can switch it off.',
    question: 'Switch the link off? After that, nobody can see the stage of the referral with this link. This cannot be undone.',
    removing: 'Switching off…',
    failed: 'The link could not be switched off. Try again in a moment.',
  },
  actions: {
    retry: 'Try again',
    revoke: 'Switch the link off',
    revokeYes: 'Yes, switch it off',
    revokeNo: 'Cancel',
  },
};
