import { describe, expect, it } from 'vitest';
import { driverText } from '../../../../renderer/features/report/flag-text';
import { reportText } from '../../../../renderer/features/report/report-text';
import type { FlagDriver } from '../../../../shared/engine/results';

describe('a build-out lever’s row among the drivers of a flagged year', () => {
  // as the engine marks it: written by the Chinese editor, still named by the lever
  const d: FlagDriver = { kind: 'projectEnters', id: 'buildout-pv-2026', name: '光伏逐年新增装机（2026 年）', generatorType: 'pv', capacityMW: 500, commissioningYear: 2026, buildoutYear: 2026 };

  it('is named by its type and year in the report’s language', () => {
    expect(driverText(d, 'co2', reportText('en', 'mw'))).toContain('Solar PV yearly build-out (2026)');
    expect(driverText(d, 'co2', reportText('zh'))).toContain('光伏逐年新增装机（2026 年）');
  });

  it('a renamed row (no mark) by its own name', () => {
    const { buildoutYear: _, ...own } = { ...d, name: '石角镇农光互补' };
    expect(driverText(own as FlagDriver, 'co2', reportText('en', 'mw'))).toContain('石角镇农光互补');
  });
});
