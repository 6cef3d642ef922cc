import { referenceById } from '../../../seeds/index';
import { referenceCitation, referenceCitationZh } from '../../../seeds/reference/index';
import type { CostAssetType } from '../../../shared/engine/costs/types';
import { COST_REF_IDS, type TypeCosts } from '../../../shared/model/costs';
import type { SourceRef } from '../../../shared/model/provenance';
import type { ThermalType } from '../../../shared/model/vocabulary';

/**
 * The source of each cost default, from the reference entry the defaults are
 * read from (shared/model/cost-defaults.ts names them), as the presets cite
 * reference entries. An id the library lacks gives no source (a test checks
 * every default has one).
 */
export function referenceSource(refId: string): SourceRef | undefined {
  const e = referenceById(refId);
  if (!e) return undefined;
  return { kind: 'reference', refId, citation: `${e.nameEn}: ${referenceCitation(e)}`, citationZh: `${e.name}：${referenceCitationZh(e)}`, year: e.source.year };
}

/** The entry behind a type's default price; batteries' investment is per kWh of energy (their 元/kW is none). */
export function typeDefaultRefId(type: CostAssetType, field: keyof TypeCosts): string {
  if (field === 'energyYuanPerKWh' || (type === 'battery' && field === 'investmentYuanPerKW')) return COST_REF_IDS.batteryEnergy;
  if (field === 'investmentYuanPerKW') return COST_REF_IDS.investment(type);
  if (field === 'fixedOmYuanPerKWYear') return COST_REF_IDS.fixedOm(type);
  return COST_REF_IDS.lifetime(type);
}

export const fuelRefId = (fuel: ThermalType): string => COST_REF_IDS.fuel[fuel];
export const DISCOUNT_RATE_REF = COST_REF_IDS.discountRate;
export const IMPORT_PRICE_REF = COST_REF_IDS.importPrice;
/** the defaults' price year is the year of their investment figures */
export const PRICE_YEAR_REF = COST_REF_IDS.investment('pv');
