/**
 * Code-unit order for text: unlike localeCompare it does not depend on the
 * machine's locale or ICU data, so exports sort the same everywhere.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
