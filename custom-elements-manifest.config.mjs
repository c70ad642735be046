/** custom-elements.json is generated from the elements' JSDoc (@fires, @csspart, @cssprop, @slot, @summary). */
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.harness.ts', 'packages/elements/src/i18n/**', '**/locales/**'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
