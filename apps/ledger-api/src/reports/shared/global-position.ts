/** Global positions arrive in query strings as text; they are whole numbers of at most 15 digits. */
export const GLOBAL_POSITION_PATTERN = /^\d{1,15}$/;
export const GLOBAL_POSITION_MESSAGE = 'must be a global position, a whole number such as 1287';

export function positionOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}
