/**
 * `.catch(cosmetic)` on Bot API calls whose failure changes nothing that matters: answering a
 * button press (the spinner stops by itself), a chat action ("typing…"), taking buttons off or
 * editing a message that may be gone or unchanged, deleting a message that may be deleted already.
 * The user's outcome is sent by other calls (whose failures reach the error boundary), and a
 * refused send is logged by the fitting transformer (fit.ts). Safe to ignore, on purpose.
 */
export const cosmetic = (): undefined => undefined;
