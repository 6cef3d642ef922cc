import { describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { createBackup, parseBackup } from '../../../../shared/io/backup';
import { exportScenarios, parseScenarioFile } from '../../../../shared/io/scenario-file';
import { applyOverridesWithReport, deriveFrom, diffScenario } from '../../../../shared/model/inherit';
import type { Scenario } from '../../../../shared/model/scenario';

const policy = (): Scenario => structuredClone(presetById('qingyuan-policy')!);

/** The preset with a high cost case at 5 %, dearer wind, and a project's own investment (万元). */
function edited(): Scenario {
  const s = policy();
  s.costs = { ...s.costs, case: 'high', discountRatePct: 5, types: { wind: { investmentYuanPerKW: 6500 } } };
  s.electricity.projects = s.electricity.projects.map((g) => (g.id === 'qy-pv-qingxin-100' ? { ...g, investmentWanYuan: 30000 } : g));
  s.electricity.pumpedStorage = s.electricity.pumpedStorage.map((p) => (p.id === 'lz-ps-tanling' ? { ...p, investmentWanYuan: 700000 } : p));
  return s;
}

describe('cost settings and a project\'s own investment survive inheritance, files and backups', () => {
  it('a derived scenario stores only the changes and reads back the same scenario', () => {
    const base = policy();
    const e = edited();
    expect(diffScenario(base, e).map((o) => o.path).sort()).toEqual(
      ['costs.case', 'costs.discountRatePct', 'costs.types', 'electricity.projects[id=qy-pv-qingxin-100].investmentWanYuan', 'electricity.pumpedStorage[id=lz-ps-tanling].investmentWanYuan'].sort(),
    );
    const { scenario, stale } = applyOverridesWithReport(base, deriveFrom(base, e));
    expect(stale).toEqual([]);
    expect(scenario.costs).toEqual(e.costs);
    expect(scenario.electricity.projects.find((g) => g.id === 'qy-pv-qingxin-100')!.investmentWanYuan).toBe(30000);
    expect(scenario.electricity.pumpedStorage.find((p) => p.id === 'lz-ps-tanling')!.investmentWanYuan).toBe(700000);
  });

  it('a scenario file and a backup keep them', () => {
    const e = edited();
    const parsed = parseScenarioFile(exportScenarios({ scenarios: [e], exportedAt: '2026-01-01T00:00:00.000Z', appVersion: '0.1.0' }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.scenarios[0]!.costs).toEqual(e.costs);
    expect(parsed.scenarios[0]!.electricity.projects).toEqual(e.electricity.projects);
    const backup = parseBackup(createBackup({ content: { scenarios: [e], derived: [], settings: {}, meta: {} }, createdAt: '2026-01-01T00:00:00.000Z', appVersion: '0.1.0' }));
    if (!backup.ok) throw new Error(JSON.stringify(backup.problems));
    expect(backup.content.scenarios[0]!.costs).toEqual(e.costs);
    expect(backup.content.scenarios[0]!.electricity.pumpedStorage).toEqual(e.electricity.pumpedStorage);
  });
});
