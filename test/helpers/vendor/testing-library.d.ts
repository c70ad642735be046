// Types of the bundle scripts/bundle-test-deps.mjs writes next to this file (testing-library.js).
export * from 'shadow-dom-testing-library';
