import { buttonStyles } from './button.styles.js';
import { fieldStyles } from './field.styles.js';

export { buttonStyles, fieldStyles };

/** Everything a form needs: buttons, controls, fields and the error summary. */
export const controlStyles = [buttonStyles, fieldStyles] as const;
