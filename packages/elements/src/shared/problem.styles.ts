import { css } from 'lit';

/** The round "!" flag beside a message that needs attention (error colour; an element may recolour `.flag`). */
export const flagStyles = css`
  .flag {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1.4em;
    height: 1.4em;
    margin-inline-end: var(--_space-2);
    border-radius: 50%;
    background: var(--_color-error);
    color: var(--_color-background);
  }
`;

/** The box of `problemView`: an error-coloured frame, the message in bold behind a round "!" flag. */
export const problemStyles = [
  flagStyles,
  css`
    .problem {
      border: 4px solid var(--_color-error);
      border-radius: var(--_radius);
      padding: var(--_space-3) var(--_space-4);
      margin-block: var(--_space-3);
    }
    .problem p {
      margin-block: 0 var(--_space-3);
      font-weight: 700;
    }
  `,
];
