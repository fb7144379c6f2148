/** Options of the money-flow analytics, with their documented defaults. */
import { defaultsOf, resolveOptions, type Parameters } from "../options.ts";

export interface MoneyOptions {
  /**
   * Value of one unit of each currency in euros, used only to rank (money
   * handled, hubs) across currencies; every amount shown stays in its own
   * currency. Approximate 2024 reference rates; a currency missing here
   * counts as 0 in rankings. Pass the day's rates for real work.
   */
  eurRates?: Readonly<Record<string, number>>;
  /** Money-broker hubs reported. */
  hubCount?: number;
  /** A hub needs at least this many distinct counterparties. */
  hubMinCounterparties?: number;
}

export const MONEY_PARAMETERS: Parameters<Required<MoneyOptions>> = {
  eurRates: {
    type: "record",
    min: 0,
    description:
      "value of one unit of each currency in euros, for ranking only (replaces the table)",
    default: {
      EUR: 1,
      USD: 0.92,
      GBP: 1.17,
      CHF: 1.04,
      TRY: 0.029,
      AED: 0.25,
      LYD: 0.19,
      TND: 0.29,
      MAD: 0.092,
      EGP: 0.019,
      PKR: 0.0033,
      AFN: 0.013,
      IQD: 0.0007,
      SYP: 0.00007,
      NGN: 0.0006,
      MXN: 0.054,
      GTQ: 0.12,
      HNL: 0.037,
    },
  },
  hubCount: { type: "integer", default: 20, min: 0, description: "money-broker hubs reported" },
  hubMinCounterparties: {
    type: "integer",
    default: 3,
    min: 0,
    description: "distinct counterparties a hub needs",
  },
};
export const MONEY_DEFAULTS = defaultsOf(MONEY_PARAMETERS);

export function resolveMoneyOptions(options: MoneyOptions = {}): Required<MoneyOptions> {
  return resolveOptions("money", MONEY_PARAMETERS, options);
}
