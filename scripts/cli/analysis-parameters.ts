/**
 * The analysis's parameters on the command line: `--set name=value` (nested
 * names with dots, such as `targets.top=100`; values read as JSON where they
 * parse, else as text) and the help that lists every parameter with its
 * default, from the engine's one declaration (ANALYSIS_PARAMETERS).
 */
import { InvalidArgumentError } from "commander";
import type { Parameter } from "../../engine/analytics/index.ts";

export type Settings = Record<string, unknown>;

/** Names that would reach an object's prototype rather than a parameter. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** commander collector: each `--set name=value` added to the settings so far. */
export function collectSetting(text: string, settings: Settings = {}): Settings {
  const at = text.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError(`expected name=value, got "${text}"`);
  const path = text.slice(0, at).split(".");
  if (path.some((name) => FORBIDDEN.has(name) || name === "")) {
    throw new InvalidArgumentError(`"${text.slice(0, at)}" is not a parameter name`);
  }
  let value: unknown = text.slice(at + 1);
  try {
    value = JSON.parse(value as string);
  } catch {
    // Not JSON: the text itself, as for a choice such as --set mode=block.
  }
  let level = settings;
  for (const name of path.slice(0, -1)) {
    const next = level[name];
    level = level[name] = typeof next === "object" && next !== null ? (next as Settings) : {};
  }
  level[path.at(-1)!] = value;
  return settings;
}

/** One line per parameter (groups flattened to dotted names): name, default, description. */
export function parameterHelp(parameters: Readonly<Record<string, Parameter>>): string {
  const rows = parameterRows(parameters, "");
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`).join("\n");
}

function parameterRows(
  parameters: Readonly<Record<string, Parameter>>,
  prefix: string,
): [string, string][] {
  return Object.entries(parameters).flatMap(([name, parameter]) =>
    parameter.type === "group"
      ? parameterRows(parameter.parameters as Record<string, Parameter>, `${prefix}${name}.`)
      : [
          [
            `${prefix}${name}`,
            `${parameter.description} (default ${JSON.stringify(parameter.default)})`,
          ],
        ],
  );
}
