import type { Scenario } from '../../model/scenario';
import type { CostAssetType } from './types';

/** One thing that is built, operated and perhaps replaced: a plant, a pumped-storage plant or a battery. */
export type CostAsset = {
  id: string;
  name: string;
  type: CostAssetType;
  /** capacity (batteries: power), kW */
  kW: number;
  /** storage energy of a battery, kWh (0 for the others) */
  kWh: number;
  /** first operating year */
  from: number;
  /** first year no longer operating (Infinity when it does not retire) */
  to: number;
  /** the project's own investment from its document, 元 (absent = capacity × the case's prices) */
  ownInvestmentYuan?: number;
};

const own = (wanYuan: number | undefined) => (wanYuan === undefined ? {} : { ownInvestmentYuan: wanYuan * 1e4 });

/**
 * Every asset the scenario counts: the fleet and the included ledger projects,
 * the included pumped-storage plants and, when the scenario lists any, its
 * batteries (a battery listed is a battery bought, whether the hourly balance
 * runs or not).
 */
export function costAssets(s: Scenario): CostAsset[] {
  const out: CostAsset[] = [];
  for (const g of [...s.electricity.fleet, ...s.electricity.projects]) {
    if (!g.included) continue;
    out.push({ id: g.id, name: g.name, type: g.type, kW: g.capacityMW * 1000, kWh: 0, from: g.commissioningYear, to: g.retirementYear ?? Infinity, ...own(g.investmentWanYuan) });
  }
  for (const p of s.electricity.pumpedStorage) {
    if (!p.included) continue;
    out.push({ id: p.id, name: p.name, type: 'pumpedStorage', kW: p.capacityMW * 1000, kWh: 0, from: p.commissioningYear, to: p.retirementYear ?? Infinity, ...own(p.investmentWanYuan) });
  }
  for (const b of s.hourly?.batteries ?? []) {
    if (!b.included) continue;
    out.push({ id: b.id, name: b.name, type: 'battery', kW: b.powerMW * 1000, kWh: b.energyMWh * 1000, from: b.commissioningYear, to: b.retirementYear ?? Infinity });
  }
  return out;
}
