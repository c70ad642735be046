/**
 * Queries by role and accessible name that see through shadow roots, as a person using
 * assistive technology would. Tests select nothing by class or private field.
 */
export {
  findAllByShadowRole as findAllByRole,
  findByShadowRole as findByRole,
  findByShadowText as findByText,
  getAllByShadowRole as getAllByRole,
  getAllByShadowText as getAllByText,
  getByShadowLabelText as getByLabelText,
  getByShadowRole as getByRole,
  getByShadowText as getByText,
  queryAllByShadowRole as queryAllByRole,
  queryByShadowRole as queryByRole,
  queryByShadowText as queryByText,
} from './vendor/testing-library.js';
