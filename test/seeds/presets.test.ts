import { describe, expect, it } from 'vitest';
import { runScenario } from '../../shared/engine/run';
import { ScenarioSchema } from '../../shared/model/scenario';
import { validateScenario } from '../../shared/model/validate';
import { PRESET_IDS, PRESETS, presetById } from '../../seeds/index';

const IDS = ['qingyuan-baseline', 'qingyuan-policy', 'lianzhou-baseline', 'lianzhou-policy', 'shaoguan-baseline', 'shaoguan-policy'];
const CITY: Record<string, string> = { qingyuan: '清远市', lianzhou: '连州市', shaoguan: '韶关市' };

describe('presets', () => {
  it('are the six presets, in order', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(IDS);
    expect([...PRESET_IDS]).toEqual(IDS);
    for (const id of IDS) expect(presetById(id)?.id).toBe(id);
    expect(presetById('nope')).toBeUndefined();
  });

  it.each(IDS)('%s parses with the schema and passes validateScenario', (id) => {
    const p = presetById(id)!;
    expect(ScenarioSchema.safeParse(p).success).toBe(true);
    const v = validateScenario(structuredClone(p));
    expect(v.ok ? [] : v.issues).toEqual([]);
  });

  it.each(IDS)('%s runs from 2020 to 2060 with finite results', (id) => {
    const p = presetById(id)!;
    expect([p.baseYear, p.endYear]).toEqual([2020, 2060]);
    const r = runScenario(p);
    expect(r.years).toHaveLength(41);
    for (const y of r.years) expect(Number.isFinite(y.co2) && y.co2 > 0).toBe(true);
  });

  it.each(IDS)('%s is named in Chinese and English', (id) => {
    const p = presetById(id)!;
    const city = CITY[id.split('-')[0]!]!;
    expect(p.region.name).toBe(city);
    expect(p.name).toBe(`${city} ${id.endsWith('policy') ? '政策情景' : '基准情景'}`);
    expect(p.nameEn).toMatch(id.endsWith('policy') ? /— policy$/ : /— baseline$/);
  });

  it.each(IDS)('%s has unique ids across its ledgers', (id) => {
    const e = presetById(id)!.electricity;
    const ids = [...e.fleet, ...e.projects, ...e.pumpedStorage].map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['qingyuan', 'lianzhou', 'shaoguan'])('%s: the policy is the baseline plus plans, over the same ledger', (city) => {
    const base = presetById(`${city}-baseline`)!;
    const policy = presetById(`${city}-policy`)!;
    // same economy, base intensity, fleet, grid, factors and targets
    expect(policy.economy).toEqual(base.economy);
    expect(policy.energy.baseIntensityTcePerWanYuan).toBe(base.energy.baseIntensityTcePerWanYuan);
    expect(policy.electricity.fleet).toEqual(base.electricity.fleet);
    expect(policy.electricity.gridEmissionFactor).toEqual(base.electricity.gridEmissionFactor);
    expect(policy.emissionFactors).toEqual(base.emissionFactors);
    expect(policy.targets).toEqual(base.targets);
    // same ledger entries; only what counts differs
    const strip = (l: { included: boolean }[]) => l.map(({ included: _, ...g }) => g);
    expect(strip(policy.electricity.projects)).toEqual(strip(base.electricity.projects));
    expect(strip(policy.electricity.pumpedStorage)).toEqual(strip(base.electricity.pumpedStorage));
    // the baseline counts only operating and under-construction entries
    for (const g of [...base.electricity.projects, ...base.electricity.pumpedStorage]) {
      if (g.status === 'planned') expect(g.included, g.id).toBe(false);
    }
    // one set of accounting methods for both: the policy differs by its plans, not its accounting
    expect(policy.accounting).toEqual(base.accounting);
  });

  it.each(IDS)('%s uses the default methods (113号, provincial pool, method A, provincial factor, 2 %, peak on energy CO2) and no legacy option', (id) => {
    const p = presetById(id)!;
    expect(p.accounting).toEqual({
      energyControl: 'nonFossilExcluded',
      renewableAttribution: 'provincialPool',
      electricityCo2: 'netImports',
      gridFactorScope: 'provincial',
      peakTolerancePct: 2,
      peakScope: 'energy',
    });
    for (const key of ['energyControl', 'renewableAttribution', 'electricityCo2', 'gridFactorScope', 'peakTolerancePct', 'peakScope']) {
      expect(p.sources[`accounting.${key}`], key).toBeDefined();
    }
    for (const s of p.electricity.pumpedStorage) expect(s.attribution, s.id).not.toBe('legacyCo2Only');
  });

  it('does not share mutable objects between presets', () => {
    const a = presetById('qingyuan-baseline')!;
    const b = presetById('shaoguan-baseline')!;
    expect(a.emissionFactors).not.toBe(b.emissionFactors);
    expect(a.conventions).not.toBe(b.conventions);
    expect(a.accounting).not.toBe(b.accounting);
  });
});
