/**
 * Option handling shared by the centrality analytics: every function takes a
 * partial options object, merged over its exported defaults and checked at
 * the entry so that a wrong option fails loudly with the module's name rather
 * than silently producing a different number.
 */
export function resolveOptions<D extends object>(
  module: string,
  defaults: D,
  options: Partial<D> | undefined,
): D {
  const resolved = { ...defaults };
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!(key in defaults)) throw new Error(`${module}: unknown option "${key}"`);
    if (value === undefined) continue;
    const expected = typeof defaults[key as keyof D];
    if (typeof value !== expected) {
      throw new Error(`${module}: option "${key}" must be a ${expected}, got ${typeof value}`);
    }
    resolved[key as keyof D] = value as D[keyof D];
  }
  return resolved;
}

/** Throws unless `value` lies in [min, max] (and is an integer when asked). */
export function requireInRange(
  module: string,
  name: string,
  value: number,
  min: number,
  max: number,
  integer = false,
): void {
  if (!(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    const kind = integer ? "an integer" : "a number";
    throw new Error(
      `${module}: option "${name}" must be ${kind} in [${min}, ${max}], got ${value}`,
    );
  }
}
