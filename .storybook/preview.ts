import type { Preview } from '@storybook/web-components-vite';

/** A toolbar switch for the six UI languages; it sets <html lang>, which every element follows live. */
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'UI language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fi', title: 'suomi' },
          { value: 'se', title: 'davvisámegiella' },
          { value: 'smn', title: 'anarâškielâ' },
          { value: 'sms', title: 'nuõrttsääʹmǩiõll' },
          { value: 'sv', title: 'svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fi' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'fi';
      return story();
    },
  ],
  parameters: { layout: 'padded' },
};
export default preview;
