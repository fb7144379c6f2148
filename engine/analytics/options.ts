/**
 * The one option resolver of the analytics. Each analytic declares its
 * parameters once (`X_PARAMETERS`: type, default, bounds, description), takes
 * its defaults from that declaration (`X_DEFAULTS = defaultsOf(X_PARAMETERS)`)
 * and resolves what a caller passed with `resolveOptions`: values merged over
 * the defaults, and an unknown or invalid option is an error naming the
 * module and the option, never silently ignored. The same declarations list
 * the parameters in `crosslink analyze --help`, `GET /api/analytics` and the
 * viewer (analysis/descriptors.ts).
 */

/** An option that is unknown, of the wrong type or out of bounds: the caller's mistake, not a fault. */
export class OptionError extends Error {}

interface Common<T> {
  default: T;
  description: string;
}

/** Inclusive bounds (`min`, `max`) and exclusive ones (`above`, `below`). */
interface Bounds {
  min?: number;
  max?: number;
  above?: number;
  below?: number;
}

export interface NumberParameter extends Common<number>, Bounds {
  type: "number" | "integer";
}

export interface BooleanParameter extends Common<boolean> {
  type: "boolean";
}

export interface ChoiceParameter<T extends string = string> extends Common<T> {
  type: "string";
  choices: readonly T[];
}

/** Several strings, each one of `choices` when given (crime types); replaces the default. */
export interface ListParameter<T extends string = string> extends Common<readonly T[]> {
  type: "list";
  choices?: readonly T[];
}

/**
 * Numbers by name: with `keys`, a caller's partial record is merged over the
 * default and other names are refused (weights per evidence kind); without,
 * it replaces the default whole (exchange rates per currency).
 */
export interface RecordParameter<K extends string = string>
  extends Common<Readonly<Record<K, number>>>, Bounds {
  type: "record";
  keys?: readonly K[];
}

/** The options of another module, resolved by its own parameters (the analysis's `targets`). */
export interface GroupParameter<D extends object = object> extends Common<Readonly<D>> {
  type: "group";
  parameters: Parameters<D>;
}

export type Parameter =
  | NumberParameter
  | BooleanParameter
  | ChoiceParameter
  | ListParameter
  | RecordParameter
  | GroupParameter<object>;

type ParameterOf<T> = [T] extends [number]
  ? NumberParameter
  : [T] extends [boolean]
    ? BooleanParameter
    : [T] extends [string]
      ? ChoiceParameter<T>
      : [T] extends [readonly (infer E extends string)[]]
        ? ListParameter<E>
        : [T] extends [Readonly<Record<string, number>>]
          ? RecordParameter<Extract<keyof T, string>> | GroupParameter<T & object>
          : GroupParameter<T & object>;

/** The parameters of resolved options D, one per field. */
export type Parameters<D> = { readonly [K in keyof D]-?: ParameterOf<D[K]> };

/** The defaults of a declaration, the one place they are written. */
export function defaultsOf<D>(parameters: Parameters<D>): Readonly<D> {
  return Object.fromEntries(
    Object.entries(parameters as Record<string, Parameter>).map(([name, parameter]) => [
      name,
      parameter.default,
    ]),
  ) as D;
}

/** Options merged over the declared defaults; throws `module: option "name" ...` on anything else. */
export function resolveOptions<D>(module: string, parameters: Parameters<D>, input: unknown): D {
  return resolveGroup(module, "", parameters as Record<string, Parameter>, input) as D;
}

function resolveGroup(
  module: string,
  prefix: string,
  parameters: Record<string, Parameter>,
  input: unknown,
): Record<string, unknown> {
  const given = input ?? {};
  if (!isPlainObject(given)) {
    throw new OptionError(
      `${module}: ${prefix ? `option "${prefix.slice(0, -1)}"` : "options"} must be an object`,
    );
  }
  const names = Object.keys(parameters);
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(parameters, key)) {
      throw new OptionError(
        `${module}: unknown option "${prefix}${key}" (known: ${names.map((name) => prefix + name).join(", ")})`,
      );
    }
  }
  const resolved: Record<string, unknown> = {};
  for (const name of names) {
    const value = given[name];
    const parameter = parameters[name]!;
    resolved[name] =
      value === undefined
        ? parameter.default
        : resolveValue(module, `${prefix}${name}`, parameter, value);
  }
  return resolved;
}

function resolveValue(module: string, name: string, parameter: Parameter, value: unknown): unknown {
  const fail = failure(module, name, value);
  switch (parameter.type) {
    case "number":
    case "integer":
      return checkNumber(value, parameter.type === "integer", parameter, fail);
    case "boolean":
      return typeof value === "boolean" ? value : fail("true or false");
    case "string":
      return parameter.choices.includes(value as string)
        ? value
        : fail(`one of ${parameter.choices.join(", ")}`);
    case "list":
      return resolveList(parameter, value, fail);
    case "record":
      return resolveRecord(module, name, parameter, value);
    case "group":
      return resolveGroup(
        module,
        `${name}.`,
        parameter.parameters as Record<string, Parameter>,
        value,
      );
  }
}

const failure =
  (module: string, name: string, value: unknown) =>
  (expected: string): never => {
    throw new OptionError(`${module}: option "${name}" must be ${expected}, got ${shown(value)}`);
  };

function resolveList(
  parameter: ListParameter,
  value: unknown,
  fail: (expected: string) => never,
): string[] {
  const { choices } = parameter;
  const fits = (item: unknown) => typeof item === "string" && (!choices || choices.includes(item));
  if (Array.isArray(value) && value.every(fits)) return [...(value as string[])];
  return fail(choices ? `a list of ${choices.join(", ")}` : "a list of strings");
}

function resolveRecord(
  module: string,
  name: string,
  parameter: RecordParameter,
  value: unknown,
): Record<string, number> {
  if (!isPlainObject(value)) return failure(module, name, value)("an object of numbers by name");
  const { keys } = parameter;
  const resolved: Record<string, number> = keys ? { ...parameter.default } : {};
  for (const [key, entry] of Object.entries(value)) {
    if (keys && !keys.includes(key)) {
      throw new OptionError(
        `${module}: unknown name "${key}" in option "${name}" (known: ${keys.join(", ")})`,
      );
    }
    resolved[key] = checkNumber(entry, false, parameter, failure(module, `${name}.${key}`, entry));
  }
  return resolved;
}

/** How the bounds read in a message: "a whole number ≥ 1", "a number > 0 and < 1". */
function describeBounds(integer: boolean, { min, max, above, below }: Bounds): string {
  const bounds = [
    min === undefined ? "" : `≥ ${min}`,
    above === undefined ? "" : `> ${above}`,
    max === undefined ? "" : `≤ ${max}`,
    below === undefined ? "" : `< ${below}`,
  ].filter(Boolean);
  return `${integer ? "a whole number" : "a number"}${bounds.length ? ` ${bounds.join(" and ")}` : ""}`;
}

function checkNumber(
  value: unknown,
  integer: boolean,
  bounds: Bounds,
  fail: (expected: string) => never,
): number {
  const { min, max, above, below } = bounds;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || value >= min) &&
    (max === undefined || value <= max) &&
    (above === undefined || value > above) &&
    (below === undefined || value < below);
  return ok ? (value as number) : fail(describeBounds(integer, bounds));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const shown = (value: unknown): string =>
  typeof value === "string" || typeof value === "object" ? JSON.stringify(value) : String(value);

/** A parameter as the API and the viewer list it: its declaration with its name, groups nested. */
export type ParameterInfo = Omit<Parameter, "parameters"> & {
  name: string;
  parameters?: ParameterInfo[];
};

export function parameterList(parameters: Readonly<Record<string, Parameter>>): ParameterInfo[] {
  return Object.entries(parameters).map(([name, parameter]) =>
    parameter.type === "group"
      ? {
          ...parameter,
          name,
          parameters: parameterList(parameter.parameters as Record<string, Parameter>),
        }
      : { ...parameter, name },
  );
}
