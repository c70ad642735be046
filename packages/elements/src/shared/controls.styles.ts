import { buttonStyles } from './button.styles.js';
import { choiceStyles, fieldStyles } from './field.styles.js';

export { buttonStyles, choiceStyles, fieldStyles };

/**
 * Everything a form needs: buttons, fields (with the 40 px checkboxes and radios in 44 px targets,
 * GOV.UK error borders) and the error summary. Elements import these; none copies them.
 */
export const controlStyles = [buttonStyles, fieldStyles] as const;
