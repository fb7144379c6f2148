/**
 * Exit codes of every command (README, "Command line"): 0 ok; 1 when the data
 * or the store stops the work (bad dataset, empty store, unknown id); 2 when
 * the command line is wrong, found before any data is read. Errors reach the
 * user as clear messages, never as stack traces.
 */
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** A problem with the command line that the user can fix. */
export class UsageError extends Error {}

/** A problem with the data (the message already says which file, line and field). */
export class DataError extends Error {}
