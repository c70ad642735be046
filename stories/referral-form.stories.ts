import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/referral-form/define.js';
import '../packages/elements/src/swemwbs/define.js';
import type { LinkkiReferralForm } from '../packages/elements/src/referral-form/referral-form.js';

interface Args {
  mode: 'professional' | 'self';
  lang: string;
  endpoint: string;
  withSwemwbs: boolean;
  headingLevel: number;
  /** `hide-title`: the host page's heading names the form, so the form's own title is left out. */
  hideTitle: boolean;
}

/**
 * The referral form. Stories keep no draft (`draft="none"`) and, without an endpoint, answer
 * `linkki-submit` themselves with a made-up reference, as a host system would.
 */
const meta: Meta<Args> = {
  title: 'Elements/linkki-referral-form',
  component: 'linkki-referral-form',
  args: { mode: 'professional', lang: '', endpoint: '', withSwemwbs: false, headingLevel: 2, hideTitle: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['professional', 'self'] },
    lang: { control: 'select', options: ['', 'fi', 'se', 'smn', 'sms', 'sv', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hideTitle: { control: 'boolean' },
  },
  render: (args) => html`<linkki-referral-form
    mode=${args.mode}
    lang=${args.lang || undefined}
    endpoint=${args.endpoint || undefined}
    ?with-swemwbs=${args.withSwemwbs}
    heading-level=${args.headingLevel}
    ?hide-title=${args.hideTitle}
    municipality="758"
    privacy-notice="/tietosuoja.html"
    draft="none"
    @linkki-submit=${(event: CustomEvent) => {
      if (args.endpoint) return;
      const form = event.target as LinkkiReferralForm;
      setTimeout(() => form.complete('DEMO-0042'), 600);
    }}
  ></linkki-referral-form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Professional: Story = {};
export const ProfessionalWithSwemwbs: Story = { name: 'Professional, with SWEMWBS at the start', args: { withSwemwbs: true } };
export const HostSuppliedReferrer: Story = {
  name: 'Referrer supplied by the client system',
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('linkki-referral-form')!;
    form.referrer = { type: 'social-services', name: 'Testi Sosiaaliohjaaja', organisation: 'Esimerkkikunnan sosiaalitoimi', contact: { phone: '040 000 0001' } };
  },
};
export const SelfReferral: Story = { name: 'Self-referral', args: { mode: 'self' } };
export const ErrorSummary: Story = {
  name: 'Error summary after an empty submit',
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('linkki-referral-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
/** Fills a complete professional referral the way the form's own inputs would be filled. */
async function fillProfessional(form: LinkkiReferralForm) {
  await form.updateComplete;
  const root = form.shadowRoot!;
  const type = (id: string, value: string) => {
    const input = root.getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  (root.getElementById('referrerType') as HTMLSelectElement).value = 'health-services';
  root.getElementById('referrerType')!.dispatchEvent(new Event('change'));
  type('name', 'Aino Esimerkki');
  type('phone', '040 000 0002');
  type('birthYearOrAge', '1947');
  root.querySelector<HTMLInputElement>('#reason-loneliness')!.click();
  root.querySelector<HTMLInputElement>('#consent-input')!.click();
  await form.updateComplete;
}

export const Offline: Story = {
  name: 'Offline: retrying calmly, fields locked while the referral is pending',
  args: { endpoint: 'http://127.0.0.1:9/referrals' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('linkki-referral-form')!;
    await fillProfessional(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
export const PartlyAnsweredSwemwbs: Story = {
  name: 'SWEMWBS partly answered: answer the rest or remove the answers',
  args: { withSwemwbs: true },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('linkki-referral-form')!;
    await fillProfessional(form);
    const swemwbs = form.shadowRoot!.querySelector('linkki-swemwbs')!;
    await swemwbs.updateComplete;
    for (const statement of [...swemwbs.shadowRoot!.querySelectorAll('fieldset')].slice(0, 4)) statement.querySelectorAll('input')[2]!.click();
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
export const SelfReferralWithoutPrivacyNotice: Story = {
  name: 'Self-referral without a privacy notice: not offered',
  args: { mode: 'self' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('linkki-referral-form')!.removeAttribute('privacy-notice');
  },
};
export const NorthernSamiSelfReferral: Story = { name: 'Self-referral in Northern Sami', args: { mode: 'self', lang: 'se' } };
export const Filled: Story = {
  name: 'Filled, ready to send',
  play: async ({ canvasElement }) => {
    await fillProfessional(canvasElement.querySelector('linkki-referral-form')!);
  },
};
export const Sent: Story = {
  name: 'Sent: the confirmation with the reference',
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('linkki-referral-form')!;
    await fillProfessional(form);
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};
export const ErrorsInNorthernSami: Story = {
  name: 'Error summary in Northern Sami (long words at 320 px)',
  args: { lang: 'se' },
  play: ErrorSummary.play!,
};
/** The host page's own heading names the form: `hide-title`, sections at `heading-level`. */
export const UnderHostHeading: Story = {
  name: "Under the host page's heading (hide-title)",
  args: { hideTitle: true, headingLevel: 2 },
  render: (args, context) => html`<h1>Uusi hyvinvointilähete</h1>${meta.render!(args, context)}`,
};
