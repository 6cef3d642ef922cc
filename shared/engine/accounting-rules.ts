import type { ElectricityCo2Method, EnergyControlRule, RenewableAttribution } from '../model/vocabulary';

/**
 * The accounting methods (核算口径) of one year, each as the rule text reads
 * and as the engine applies it. Units: electricity 亿kWh, energy 万tce, CO2
 * 万tCO2; a grid factor `gf` in 万tCO2 per 亿kWh (tCO2/MWh × 10).
 */

export type GridInputs = {
  /** CO2 of local coal and gas power plants (their fuel × factor), 万tCO2 */
  thermal: number;
  /** 亿kWh; negative when the region exports */
  netImports: number;
  /** final electricity use (the sectors' electricity), 亿kWh */
  demand: number;
  /** pumped-storage losses charged to the region (`host` and `legacyCo2Only` plants), 亿kWh; part of `netImports` */
  charged: number;
  /** green power and 绿证 held by local users, 亿kWh (already capped at the region's use) */
  greenPower: number;
  /** grid factor, 万tCO2 per 亿kWh */
  gf: number;
};

/** The electricity lines of `YearResult.co2BySource`. */
export type GridLines = { localPower: number; importedElectricity: number; storageLosses: number };

/**
 * CO2 of electricity under `method` (ELECTRICITY_CO2_METHODS):
 * - `netImports` (A, this tool's method, not one the provincial inventory guideline imposes):
 *   local coal/gas plants' fuel × factor, plus net imports × grid factor, so an exporting
 *   region is credited its exports at the grid factor (the line goes negative);
 * - `netImportsNoExportCredit` (B): as A, but net exports earn no credit (grid line ≥ 0);
 * - `locationBased` (C): every kWh the region uses × grid factor; local plants' own
 *   emissions are then not counted (they are in the grid factor);
 * - `marketBased` (D): as C, less green power and 绿证 held by local users, counted at zero
 *   (the rest at the same grid factor: choose the factor "excluding market-traded
 *   non-fossil electricity", 0.6096 for 2023 data, to follow MEE/NBS exactly).
 * Pumped-storage losses charged to the region are grid electricity on their own line, at the
 * grid factor; under B only the part covered by net imports (the rest is local generation,
 * already counted in `localPower`).
 */
export function electricityCo2(method: ElectricityCo2Method, x: GridInputs): GridLines {
  switch (method) {
    case 'netImports':
      return { localPower: x.thermal, importedElectricity: (x.netImports - x.charged) * x.gf, storageLosses: x.charged * x.gf };
    case 'netImportsNoExportCredit': {
      const imported = Math.max(0, x.netImports);
      const losses = Math.min(x.charged, imported);
      return { localPower: x.thermal, importedElectricity: (imported - losses) * x.gf, storageLosses: losses * x.gf };
    }
    case 'locationBased':
      return { localPower: 0, importedElectricity: x.demand * x.gf, storageLosses: x.charged * x.gf };
    case 'marketBased':
      return { localPower: 0, importedElectricity: (x.demand - Math.min(x.greenPower, x.demand)) * x.gf, storageLosses: x.charged * x.gf };
  }
}

export type MixInputs = {
  /** electricity the region uses: final use + pumped-storage losses charged in energy (`host`), 亿kWh */
  used: number;
  /** electricity supplied to the region: final use + every loss charged (`host`, `legacyCo2Only`), 亿kWh */
  supplied: number;
  netImports: number;
  localGeneration: number;
  /** local generation of the kind counted (non-fossil, or renewable), 亿kWh */
  local: number;
  /** the grid's share of that kind, 0–1 */
  pool: number;
  greenPower: number;
};

/**
 * The fraction of the region's electricity use that is non-fossil (or renewable):
 * - `provincialPool` (default): every kWh used carries the grid's share, except green power
 *   and 绿证 held by local users, which count whole: ((use − green) × share + green) / use.
 *   Consumption statistics allocate the provincial grid's electricity to users by use, so a
 *   county's own PV raises its figure only through the grid's share (or the 绿证 its users
 *   hold), and an exporting county is not credited with power others consume;
 * - `localBalance` (physical flows, certificates ignored): local generation serves local use
 *   first and imports bring the grid's share; a region that exports supplies itself from its
 *   own mix: (local kind + max(net imports, 0) × share) / supply, or local kind / local
 *   generation when exporting.
 */
export function consumedFraction(attribution: RenewableAttribution, x: MixInputs): number {
  if (attribution === 'provincialPool') {
    return x.used > 0 ? ((x.used - x.greenPower) * x.pool + x.greenPower) / x.used : 0;
  }
  if (x.netImports >= 0) return x.supplied > 0 ? (x.local + x.netImports * x.pool) / x.supplied : 0;
  return x.localGeneration > 0 ? x.local / x.localGeneration : 0;
}

/** What a year brings to the energy-control rules, 万tce unless stated. */
export type ControlInputs = {
  energy: number;
  nonFossilEnergy: number;
  feedstockEnergy: number;
  /** renewable electricity consumed this year and in the reference year (2020, or the base year if later), 亿kWh; 0 before it */
  renewableConsumed: number;
  renewableConsumedRef: number | null;
  /** legacy: new renewables' generation consumed here, 亿kWh */
  legacyExcluded: number;
  /** 万tce per 亿kWh in the reporting convention (10 × kgce/kWh) */
  tcePerYiKWh: number;
};

/**
 * Energy counted for energy-consumption control (the total, `energyAssessed`) and for the
 * intensity assessment (the numerator of `energyPerGdpAssessed`), under `rule`:
 * - `nonFossilExcluded` (发改环资〔2024〕113号): "将可再生能源、核电等非化石能源消费量从各地区
 *   能源消费总量中扣除，据此核算各地区能耗强度降低指标": non-fossil consumption (biomass used
 *   directly, and the non-fossil share of electricity by the attribution, nuclear included)
 *   leaves both, in every year, so the base year and the assessment year alike. The notice's
 *   limit on cross-province 绿证 (a receiving province offsets at most half of the saving its
 *   intensity target needs) is a provincial account and is not applied: green power entered
 *   for the region counts whole;
 * - `renewableIncreaseExcluded` (发改运行〔2022〕1258号): "以各地区2020年可再生能源电力消费量为
 *   基数，'十四五'期间每年较上一年新增的可再生能源电力消费量，在全国和地方能源消费总量考核时
 *   予以扣除，但仍纳入能耗强度考核" (the NDRC's questions and answers on the notice, as reposted;
 *   the primary text was not at hand): the renewable electricity consumed (nuclear excluded)
 *   above its 2020 level (the base year's, if later; never below zero) leaves the total only;
 *   the intensity keeps it. Years after 2025 extend the 14th-plan rule as it stands;
 * - `none`: the full total;
 * - `legacyNewRenewables` (scenarios saved before these rules): the local generation of
 *   renewables commissioned after the base year that the region itself consumes leaves both.
 * Under every rule 原料用能 (发改环资〔2022〕803号: "原料用能消费量从各地区能源消费总量中扣除，
 * 据此核算各地区能耗强度降低指标……同步从基年和目标年度能源消费总量中扣除") leaves both, in
 * every year; GDP is not adjusted.
 */
export function controlledEnergy(rule: EnergyControlRule, x: ControlInputs): { total: number; forIntensity: number } {
  const base = x.energy - x.feedstockEnergy;
  switch (rule) {
    case 'nonFossilExcluded':
      return { total: base - x.nonFossilEnergy, forIntensity: base - x.nonFossilEnergy };
    case 'renewableIncreaseExcluded': {
      const increase = x.renewableConsumedRef === null ? 0 : Math.max(0, x.renewableConsumed - x.renewableConsumedRef);
      return { total: base - increase * x.tcePerYiKWh, forIntensity: base };
    }
    case 'legacyNewRenewables': {
      const excluded = x.legacyExcluded * x.tcePerYiKWh;
      return { total: base - excluded, forIntensity: base - excluded };
    }
    case 'none':
      return { total: base, forIntensity: base };
  }
}
