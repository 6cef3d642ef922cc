/**
 * Upper bounds of the scenario's quantities, so that a value no region could
 * have (1e308 亿元 of GDP) is refused when a file or an edit is checked rather
 * than overflowing somewhere in the run. Each bound is far beyond any county,
 * city or province in China, so no real scenario meets one; what each is
 * measured against is said beside it. The lower bounds (positive, not
 * negative, shares from 0) are in the schema and `prepareScenario`.
 */

/** GDP in the base year, 亿元: Guangdong's is about 1.4e5 (2023), all of China's about 1.3e6. */
export const MAX_GDP_YI_YUAN = 1e6;

/**
 * Energy per unit GDP, tce/万元: Ningxia, the most energy-intensive province, is about 2 and the
 * heaviest industrial counties under 10.
 */
export const MAX_INTENSITY_TCE_PER_WAN_YUAN = 50;

/** Resident population, 万人: Guangdong's is about 1.27e4, China's 1.41e5. */
export const MAX_POPULATION_WAN = 1e5;

/**
 * Installed capacity of one plant or one aggregated fleet entry, MW: the Three Gorges are
 * 22,500 MW, Guangdong's whole installed capacity about 2e5, China's coal fleet about 1.2e6.
 */
export const MAX_CAPACITY_MW = 1e6;

/** Hours in a year (the engine's year, as for utilisation hours): no storage holds more in one cycle. */
export const HOURS_PER_YEAR = 8760;

/**
 * Energy caps, 万tce, and CO2 caps, 万tCO2: Guangdong uses about 3.6e4 万tce and emits about
 * 6e4 万tCO2 a year; China about 5.7e5 万tce and 1.2e6 万tCO2.
 */
export const MAX_ENERGY_WAN_TCE = 1e6;
export const MAX_CO2_WAN_T = 2e6;

/** A reduction of intensity, %: a reduction cannot exceed 100 %, nor an allowed rise (a negative one) be as large. */
export const MAX_REDUCTION_PCT = 100;
