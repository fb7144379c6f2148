/** Escapes text for HTML and XML content and attribute values. */
export function escapeXml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const ATTRIBUTE_SPECIALS = /[&<>"'\t\n\r]/;
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // As character references, which XML readers keep instead of turning them into spaces.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Escapes a value for an XML attribute, line breaks and tabs kept; tests
 * before replacing, since most values of a large export need nothing.
 */
export function escapeXmlAttribute(value: unknown): string {
  const text = String(value ?? "");
  return ATTRIBUTE_SPECIALS.test(text)
    ? text.replace(/[&<>"'\t\n\r]/g, (special) => ATTRIBUTE_ENTITIES[special]!)
    : text;
}
