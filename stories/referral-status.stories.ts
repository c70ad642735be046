import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/referral-status/define.js';

type Stage = 'received' | 'routed' | 'closed';

interface Args {
  lang: string;
  endpoint: string;
  stage: Stage;
  headingLevel: number;
  /** `hide-title`: the host page's heading says what this is, so the element's title is left out. */
  hideTitle: boolean;
}

/**
 * The demo's bootstrap admin key (scripts/serve.mjs), used only to route and close the story's
 * fictional referral as a coordinator and a link worker would.
 */
const DEMO_ADMIN_KEY = 'demo-koordinaattori';

/**
 * Sends a fictional self-referral to the intake and takes it to `stage`, returning its status
 * token. Works where the intake answers at `endpoint` — the Storybook that `npm start` serves at
 * /storybook/ has it at /api — elsewhere the story shows why the element cannot show a status.
 */
async function seed(endpoint: string, stage: Stage): Promise<{ token?: string }> {
  const post = (path: string, body: unknown, key?: string) =>
    fetch(`${endpoint}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : { 'idempotency-key': (body as { id: string }).id }) },
      body: JSON.stringify(body),
    });
  const event = (type: string, extra: object) => ({ id: crypto.randomUUID(), at: new Date().toISOString(), type, ...extra });
  try {
    const referral = {
      kind: 'self',
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      person: { name: 'Aino Esimerkki', contact: { phone: '040 000 0002' }, age: 79, municipality: '758', language: 'fi' },
      reasons: ['loneliness'],
      consent: true,
    };
    const { id, statusToken } = (await (await post('/referrals', referral)).json()) as { id: string; statusToken: string };
    if (stage !== 'received') await post(`/referrals/${id}/events`, event('routed', { by: 'coordinator', route: 'link-worker' }), DEMO_ADMIN_KEY);
    if (stage === 'closed') {
      const closure = { endingReason: 'completed', meetings: 5, feedbackToReferrer: 'Aino kävi kevään ajan kyläyhdistyksen kuorossa ja jatkaa syksyllä.', feedbackConsent: true };
      await post(`/referrals/${id}/events`, event('closed', { by: 'link-worker', closure }), DEMO_ADMIN_KEY);
    }
    return { token: statusToken };
  } catch {
    return { token: 'A'.repeat(43) };
  }
}

/**
 * The page a status link opens. Each story sends its own fictional referral to the demo intake, so
 * run it from `npm start` (http://localhost:8000/storybook/).
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-referral-status',
  component: 'linkki-referral-status',
  args: { lang: '', endpoint: '/api', stage: 'received', headingLevel: 2, hideTitle: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    stage: { control: 'inline-radio', options: ['received', 'routed', 'closed'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hideTitle: { control: 'boolean' },
  },
  loaders: [async ({ args }) => seed(args.endpoint, args.stage)],
  render: (args, { loaded }) => html`<linkki-referral-status
    lang=${args.lang || undefined}
    endpoint=${args.endpoint}
    token=${(loaded as { token?: string }).token ?? ''}
    heading-level=${args.headingLevel}
    ?hide-title=${args.hideTitle}
  ></linkki-referral-status>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Received: Story = {};
export const PassedOn: Story = { name: 'Passed on to a link worker', args: { stage: 'routed' } };
export const FinishedWithFeedback: Story = { name: 'Finished, with feedback shared', args: { stage: 'closed' } };
export const NotInUse: Story = {
  name: 'Link not in use',
  loaders: [async () => ({ token: 'A'.repeat(43) })],
};
export const IncompleteLink: Story = {
  name: 'Incomplete link (no token)',
  loaders: [async () => ({})],
};
export const NoConnection: Story = {
  name: 'No connection: try again',
  args: { endpoint: 'http://127.0.0.1:9' },
  loaders: [async () => ({ token: 'A'.repeat(43) })],
};
export const UnderHostHeading: Story = {
  name: "Under the host page's heading (hide-title)",
  args: { stage: 'closed', hideTitle: true, headingLevel: 3 },
};
