import { describe, expect, it } from 'vitest';
import { applyLever, gridFactorPath, readLever, shiftSeries } from '../../../../renderer/features/editor/levers';
import { matches, newProject, totalsByType, withoutProject, withProject } from '../../../../renderer/features/editor/ledger';
import { rebalance } from '../../../../renderer/features/editor/share-math';
import { remapItemSources, sourceFor } from '../../../../renderer/features/editor/sources';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario, QY_FILE } from './fixture';

describe('sourceFor', () => {
  const s = editorScenario();
  it('finds the field, then the nearest parent, then a ledger item’s own source', () => {
    expect(sourceFor(s, 'economy.baseGdpYiYuan')).toMatchObject({ kind: 'document', file: QY_FILE, line: 103 });
    expect(sourceFor(s, 'energy.sectors.industry.fuelSharesPct.coal')).toMatchObject({ kind: 'reference' });
    expect(sourceFor(s, 'electricity.projects[0].capacityMW')).toMatchObject({ kind: 'document', line: 1243 });
    expect(sourceFor(s, 'populationWan')).toMatchObject({ kind: 'assumed', reason: 'test value' });
  });
  it('keeps per-field entries with their project when another is removed', () => {
    const edited = { ...s, sources: { ...s.sources, 'electricity.projects[1].capacityMW': { kind: 'user' as const } } };
    const next = withoutProject(edited, 'pv-a');
    expect(next.sources['electricity.projects[0].capacityMW']).toEqual({ kind: 'user' });
    expect(next.sources['electricity.projects[1].capacityMW']).toBeUndefined();
    const gone = withoutProject(edited, 'wind-b');
    expect(Object.keys(gone.sources).some((k) => k.startsWith('electricity.projects'))).toBe(false);
    expect(remapItemSources(s, s, 'electricity.projects')).toBe(s);
  });
});

describe('ledger', () => {
  it('adds a valid 0 MW project with a fresh id and totals included capacity by type', () => {
    const s = editorScenario();
    const p = newProject(s, 'pv', '新项目');
    expect(p).toMatchObject({ capacityMW: 0, utilisationHours: 1100, status: 'planned', included: true });
    const next = withProject(s, p);
    expect(validateScenario(next).ok).toBe(true);
    expect(totalsByType(next.electricity.projects)).toMatchObject({ pv: 100, wind: 50, coal: 0 });
    expect(matches(p, { type: 'pv', status: 'planned' })).toBe(true);
    expect(matches(p, { type: 'wind', status: 'all' })).toBe(false);
  });
});

describe('levers', () => {
  const s = editorScenario();
  it('sets a constant growth rate, or shifts a path keeping its shape', () => {
    expect(applyLever(s, 'gdpGrowth', 6.5).economy.gdpGrowthPct).toBe(6.5);
    const path = { ...s, economy: { ...s.economy, gdpGrowthPct: [{ year: 2021, value: 6 }, { year: 2030, value: 4 }] } };
    expect(applyLever(path, 'gdpGrowth', 7).economy.gdpGrowthPct).toEqual([{ year: 2021, value: 7 }, { year: 2030, value: 5 }]);
    expect(shiftSeries({ expr: 'interp(2020, 6, 2030, 4)' }, 1)).toEqual({ expr: '(interp(2020, 6, 2030, 4)) + (1)' });
    expect(shiftSeries({ expr: '(interp(2020, 6, 2030, 4)) + (1)' }, -1)).toEqual({ expr: 'interp(2020, 6, 2030, 4)' });
  });
  it('builds out PV 2026–2035 as ledger rows and reads the lever back', () => {
    const next = applyLever(s, 'pvBuildout', 200);
    const rows = next.electricity.projects.filter((p) => p.id.startsWith('buildout-pv-'));
    expect(rows.map((p) => p.commissioningYear)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(readLever(next, 'pvBuildout')).toBe(200);
    expect(validateScenario(next).ok).toBe(true);
  });
  it('sets the 2030 grid factor as a straight path from the base-year value', () => {
    expect(gridFactorPath(s, 0.4)).toEqual([{ year: 2020, value: 0.5 }, { year: 2030, value: 0.4 }]);
    expect(readLever(applyLever(s, 'gridFactor', 0.4), 'gridFactor')).toBeCloseTo(0.4);
  });
  it('sets the industry coal share and rescales the other fuels', () => {
    const next = applyLever(s, 'coalShare', 30);
    expect(next.energy.sectors.industry.fuelSharesPct).toMatchObject({ coal: 30, electricity: 70 });
    expect(validateScenario(next).ok).toBe(true);
  });
});

describe('rebalance', () => {
  it('keeps the fixed share and scales the others to 100 %', () => {
    expect(rebalance({ a: 50, b: 30, c: 10 }, 'a')).toEqual({ a: 50, b: 37.5, c: 12.5 });
    expect(rebalance({ a: 40, b: 0, c: 0 }, 'a')).toEqual({ a: 40, b: 30, c: 30 });
  });
});
