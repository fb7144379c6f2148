/**
 * Fixed rounding of every printed float, so that the JSON of an Analysis is
 * the same bytes on every run and machine: 6 significant digits for measures
 * (betweenness of a large network runs to 1e-7), 4 decimals for scores and
 * percentiles.
 */
export const significant = (value: number): number =>
  value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(6));

export const fixed4 = (value: number): number => Math.round(value * 1e4) / 1e4;
