import { describe, expect, it, vi } from 'vitest';
import { issuesForPath, planSetValue, tryEdit } from '../../../../renderer/features/editor/try-edit';
import { isWithin } from '../../../../shared/model/path';
import { validateScenario } from '../../../../shared/model/validate';
import { editorScenario } from './fixture';

const docOf = (readOnly = false) => ({ scenario: editorScenario(), readOnly, edit: vi.fn() });

describe('tryEdit', () => {
  it('applies a valid value with the path as undo key and marks the field as edited', () => {
    const doc = docOf();
    expect(tryEdit(doc, 'economy.baseGdpYiYuan', 120)).toEqual([]);
    expect(doc.edit).toHaveBeenCalledTimes(1);
    const [next, key] = doc.edit.mock.calls[0]!;
    expect(key).toBe('economy.baseGdpYiYuan');
    expect(next.economy.baseGdpYiYuan).toBe(120);
    expect(next.sources['economy.baseGdpYiYuan']).toEqual({ kind: 'user' });
    expect(validateScenario(next).ok).toBe(true);
  });

  it('refuses an invalid value, returns the issues at that field and never calls edit', () => {
    const doc = docOf();
    const issues = tryEdit(doc, 'economy.baseGdpYiYuan', -5);
    expect(issues).toEqual([{ path: 'economy.baseGdpYiYuan', message: 'GDP must be positive' }]);
    expect(doc.edit).not.toHaveBeenCalled();
  });

  it('reports issues inside the field (a series point) and on an enclosing value (a row sum)', () => {
    const doc = docOf();
    const points = [{ year: 2025, value: 3 }, { year: 2022, value: 4 }];
    expect(tryEdit(doc, 'economy.gdpGrowthPct', points)[0]!.path).toBe('economy.gdpGrowthPct[1].year');
    const sum = tryEdit(doc, 'energy.sectors.industry.fuelSharesPct.coal', 50);
    expect(sum[0]!.path).toBe('energy.sectors.industry.fuelSharesPct');
    expect(sum[0]!.message).toMatch(/add up to 100/);
    expect(doc.edit).not.toHaveBeenCalled();
  });

  it('does nothing for an unchanged value or a read-only document', () => {
    const doc = docOf();
    expect(tryEdit(doc, 'economy.baseGdpYiYuan', 100)).toEqual([]);
    const ro = docOf(true);
    expect(tryEdit(ro, 'economy.baseGdpYiYuan', 120)).toHaveLength(1);
    expect(doc.edit).not.toHaveBeenCalled();
    expect(ro.edit).not.toHaveBeenCalled();
  });

  it('lets a scenario that was already invalid be repaired one field at a time', () => {
    const broken = editorScenario();
    broken.economy.gdpGrowthPct = 80; // out of range: an engine-level issue
    expect(planSetValue(broken, 'populationWan', 60).ok).toBe(true);
    expect(planSetValue(broken, 'populationWan', -60).ok).toBe(false);
  });
});

describe('issue paths', () => {
  it('isWithin respects path boundaries', () => {
    expect(isWithin('a.b[2].c', 'a.b')).toBe(true);
    expect(isWithin('a.b[2].c', 'a.b[2]')).toBe(true);
    expect(isWithin('a.bc', 'a.b')).toBe(false);
  });
  it('falls back to every issue when none is near the field', () => {
    const far = [{ path: 'targets[0].year', message: 'x' }];
    expect(issuesForPath(far, 'economy.baseGdpYiYuan')).toEqual(far);
  });
});
