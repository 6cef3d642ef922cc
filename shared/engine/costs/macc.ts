import type { Scenario } from '../../model/scenario';
import { buildoutRowOf } from '../../model/lever-rows';
import { prepareScenario } from '../prepare';
import { computePrepared } from '../run-core';
import type { SeriesResolver } from '../series-values';
import { computeCosts } from './compute';
import { costPerTonne, cumulativeCo2 } from './compare';
import type { MaccEntry } from './types';

function annual(s: Scenario, resolve: SeriesResolver): { co2: number; pv: number } {
  const p = prepareScenario(s, resolve);
  const r = computePrepared(p);
  return { co2: cumulativeCo2(r), pv: computeCosts(p, r).presentValueYiYuan };
}

/**
 * The marginal abatement cost curve: each included ledger project and
 * pumped-storage plant commissioned after the base year (build-out lever rows
 * as such), the scenario without it against with it, cheapest tonne first
 * (entries that avoid no CO2 last). The runs are the annual model's without
 * the hourly balance (one run per entry), so batteries, which change CO2 only
 * through the hourly balance, are not in the curve, nor are levers without
 * cost data (growth, intensity, the grid factor, fuel shares).
 */
export function maccEntries(scenario: Scenario, resolve: SeriesResolver): MaccEntry[] {
  const { hourly: _hourly, ...base } = scenario;
  const withAll = annual(base, resolve);
  const out: MaccEntry[] = [];
  const entry = (id: string, kind: MaccEntry['kind'], label: string, without: Scenario, type: MaccEntry['type']) => {
    const w = annual(without, resolve);
    const co2AvoidedWanT = w.co2 - withAll.co2;
    const npvYiYuan = withAll.pv - w.pv;
    out.push({ id, kind, label, type, co2AvoidedWanT, npvYiYuan, costPerTonneYuan: costPerTonne(npvYiYuan, co2AvoidedWanT) });
  };
  const projects = base.electricity.projects;
  projects.forEach((g, i) => {
    if (!g.included || g.commissioningYear <= base.baseYear) return;
    const without = { ...base, electricity: { ...base.electricity, projects: projects.map((q, j) => (j === i ? { ...q, included: false } : q)) } };
    entry(g.id, buildoutRowOf(g.id) ? 'buildout' : 'project', g.name, without, g.type);
  });
  const storage = base.electricity.pumpedStorage;
  storage.forEach((ps, i) => {
    if (!ps.included || ps.commissioningYear <= base.baseYear) return;
    const without = { ...base, electricity: { ...base.electricity, pumpedStorage: storage.map((q, j) => (j === i ? { ...q, included: false } : q)) } };
    entry(ps.id, 'storage', ps.name, without, 'pumpedStorage');
  });
  return out.sort(byCostPerTonne);
}

function byCostPerTonne(a: MaccEntry, b: MaccEntry): number {
  if (a.costPerTonneYuan === null) return b.costPerTonneYuan === null ? 0 : 1;
  if (b.costPerTonneYuan === null) return -1;
  return a.costPerTonneYuan - b.costPerTonneYuan;
}
