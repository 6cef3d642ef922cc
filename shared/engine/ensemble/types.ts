/** P10 / P50 / P90 of one result by year across the sampled runs. */
export type Band = { years: number[]; p10: number[]; p50: number[]; p90: number[] };

/** The results the ensemble keeps bands of. */
export const BAND_METRICS = ['co2', 'co2PerGdp', 'energyPerGdpAssessed', 'nonFossilShare'] as const;
export type BandMetric = (typeof BAND_METRICS)[number];

/** How one uncertain input moves the 2030 CO2 when it alone goes to its low and its high value. */
export type TornadoBar = {
  input: string;
  /** 万tCO2 in the tornado year with the input at its low / high value, the others at their central */
  atLow: number;
  atHigh: number;
};

export type EnsembleTarget = {
  id: string;
  /** share of the runs meeting the target, 0–1 */
  probability: number;
  met: number;
};

export type EnsembleResults = {
  scenarioId: string;
  runs: number;
  seed: number;
  /** runs that could not be computed (their inputs are reported, never silently dropped) */
  failed: number;
  targets: EnsembleTarget[];
  bands: Record<BandMetric, Band>;
  /** how many runs peak in each year; `noPeak` still rise in the last year */
  peakYears: { year: number; count: number }[];
  noPeak: number;
  tornadoYear: number;
  /** central CO2 in the tornado year, 万tCO2 */
  tornadoCentral: number;
  tornado: TornadoBar[];
};
