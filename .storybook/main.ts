import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories import the packages' TypeScript sources, like the tests do.
  viteFinal: async (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, conditions: ['source', 'browser', 'module', 'import', 'default'] },
  }),
};
export default config;
