/**
 * Dates and times as a reader on paper takes them without doubt:
 * "2024-03-05 14:22 UTC". The import keeps date-times as ISO 8601, in UTC
 * with a `Z` when the record gave a zone and without one when it gave none;
 * the latter says so rather than pass for UTC. Dates (YYYY, YYYY-MM,
 * YYYY-MM-DD) are already unambiguous and stay as they are.
 */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z?)$/;

export function readableTime(value: string | null | undefined): string {
  if (!value) return "";
  const match = DATE_TIME.exec(value);
  if (!match) return value;
  // To the minute: seconds add nothing a reader of a dossier needs (package.json keeps them).
  const [, day, minutes, zone] = match;
  return `${day} ${minutes} ${zone ? "UTC" : "(time zone not recorded)"}`;
}
