import { describe, expect, it } from "vitest";
import { defaultsOf, resolveOptions, type Parameters } from "./options.ts";

interface Inner {
  top: number;
}
interface Example {
  alpha: number;
  steps: number;
  weighted: boolean;
  mode: "sequential" | "block";
  weights: Readonly<Record<"call" | "transfer", number>>;
  rates: Readonly<Record<string, number>>;
  inner: Inner;
}

const EXAMPLE: Parameters<Example> = {
  alpha: { type: "number", default: 0.85, above: 0, below: 1, description: "damping" },
  steps: { type: "integer", default: 10, min: 1, description: "steps" },
  weighted: { type: "boolean", default: true, description: "by weight" },
  mode: {
    type: "string",
    default: "sequential",
    choices: ["sequential", "block"],
    description: "mode",
  },
  weights: {
    type: "record",
    default: { call: 1, transfer: 2 },
    keys: ["call", "transfer"],
    min: 0,
    description: "weights",
  },
  rates: { type: "record", default: { EUR: 1, USD: 0.9 }, min: 0, description: "rates" },
  inner: {
    type: "group",
    default: { top: 5 },
    parameters: { top: { type: "integer", default: 5, min: 0, description: "top" } },
    description: "inner",
  },
};

const resolve = (input: unknown) => resolveOptions("example", EXAMPLE, input);

describe("resolveOptions", () => {
  it("gives the declared defaults for nothing, and defaultsOf the same", () => {
    expect(resolve(undefined)).toEqual(defaultsOf(EXAMPLE));
    expect(resolve({})).toEqual({
      alpha: 0.85,
      steps: 10,
      weighted: true,
      mode: "sequential",
      weights: { call: 1, transfer: 2 },
      rates: { EUR: 1, USD: 0.9 },
      inner: { top: 5 },
    });
  });

  it("merges given values over the defaults: keyed records merge, open ones replace", () => {
    const resolved = resolve({
      steps: 3,
      weights: { call: 4 },
      rates: { GBP: 1.2 },
      inner: { top: 9 },
    });
    expect(resolved.steps).toBe(3);
    expect(resolved.weights).toEqual({ call: 4, transfer: 2 });
    expect(resolved.rates).toEqual({ GBP: 1.2 });
    expect(resolved.inner).toEqual({ top: 9 });
    expect(EXAMPLE.weights.default).toEqual({ call: 1, transfer: 2 });
  });

  it("refuses unknown options, at any depth, naming them and the known ones", () => {
    expect(() => resolve({ resolution: 2 })).toThrow(
      'example: unknown option "resolution" (known: alpha, steps, weighted, mode, weights, rates, inner)',
    );
    expect(() => resolve({ inner: { bottom: 1 } })).toThrow(
      'example: unknown option "inner.bottom" (known: inner.top)',
    );
    expect(() => resolve({ weights: { boat: 1 } })).toThrow(
      'example: unknown name "boat" in option "weights"',
    );
  });

  it("refuses values of the wrong type or out of bounds, saying what is expected", () => {
    expect(() => resolve({ alpha: 1 })).toThrow(
      'example: option "alpha" must be a number > 0 and < 1, got 1',
    );
    expect(() => resolve({ steps: 2.5 })).toThrow(
      'option "steps" must be a whole number ≥ 1, got 2.5',
    );
    expect(() => resolve({ steps: "3" })).toThrow(
      'option "steps" must be a whole number ≥ 1, got "3"',
    );
    expect(() => resolve({ alpha: Number.NaN })).toThrow('option "alpha" must be a number');
    expect(() => resolve({ weighted: "yes" })).toThrow(
      'option "weighted" must be true or false, got "yes"',
    );
    expect(() => resolve({ mode: "all" })).toThrow(
      'option "mode" must be one of sequential, block, got "all"',
    );
    expect(() => resolve({ weights: { call: -1 } })).toThrow(
      'option "weights.call" must be a number ≥ 0, got -1',
    );
    expect(() => resolve({ inner: { top: -1 } })).toThrow(
      'option "inner.top" must be a whole number ≥ 0, got -1',
    );
    expect(() => resolve({ rates: [1] })).toThrow(
      'option "rates" must be an object of numbers by name',
    );
    expect(() => resolve(7)).toThrow("example: options must be an object");
  });
});
