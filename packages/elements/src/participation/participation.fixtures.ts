import type { InstrumentDefinition } from '@linkki/schema';

/**
 * A test definition shaped like the THL indicator (ten statements, five steps). Its texts are
 * deliberately not the official statements: those come only from an organisation's licensed file.
 */
export const TEST_DEFINITION: InstrumentDefinition = {
  id: 'esis',
  version: 'test',
  title: 'Test instrument shaped like ESIS (not the official wording)',
  language: 'en',
  scoring: 'esis',
  items: Array.from({ length: 10 }, (_, i) => ({ id: `s${i + 1}`, text: `Test statement ${i + 1}` })),
  scale: { min: 1, max: 5, labels: ['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5'].map((label, i) => ({ value: i + 1, label })) },
  notice: 'Test notice supplied with the wording.',
};
