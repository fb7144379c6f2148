/** Options of the money-flow analytics, with their documented defaults. */

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

export const MONEY_DEFAULTS: Readonly<{
  eurRates: Readonly<Record<string, number>>;
  hubCount: number;
  hubMinCounterparties: number;
}> = {
  eurRates: {
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
  hubCount: 20,
  hubMinCounterparties: 3,
};

export function resolveMoneyOptions(options: MoneyOptions = {}): Required<MoneyOptions> {
  for (const key of Object.keys(options)) {
    if (!(key in MONEY_DEFAULTS)) throw new Error(`money: unknown option "${key}"`);
  }
  const resolved = {
    eurRates: options.eurRates ?? MONEY_DEFAULTS.eurRates,
    hubCount: options.hubCount ?? MONEY_DEFAULTS.hubCount,
    hubMinCounterparties: options.hubMinCounterparties ?? MONEY_DEFAULTS.hubMinCounterparties,
  };
  for (const [code, rate] of Object.entries(resolved.eurRates)) {
    if (!(rate >= 0) || !Number.isFinite(rate))
      throw new Error(`money: eurRates.${code} must be a non-negative number, got ${rate}`);
  }
  for (const name of ["hubCount", "hubMinCounterparties"] as const) {
    if (!Number.isInteger(resolved[name]) || resolved[name] < 0)
      throw new Error(`money: option "${name}" must be a whole number, got ${resolved[name]}`);
  }
  return resolved;
}
