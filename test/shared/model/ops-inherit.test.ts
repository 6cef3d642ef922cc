import { describe, expect, it } from 'vitest';
import { removeProject, setValue, updateProject } from '../../../shared/model/ops';
import { createInheritLookup, overridePathOf, removedFromParent, resetToParent, restoreFromParent } from '../../../shared/model/ops-inherit';
import { makeScenario } from '../../helpers/make-scenario';
import { gen } from '../build';

const parent = makeScenario((x) => {
  x.electricity.projects = [gen('a', 'pv', 10, 1000), gen('b', 'wind', 20, 2000)];
});

describe('edits of a derived scenario against its parent', () => {
  it('editor paths address items by index, overrides by id', () => {
    expect(overridePathOf(parent, 'electricity.projects[1].capacityMW')).toBe('electricity.projects[id=b].capacityMW');
  });

  it('a changed field is overridden until reset to the parent’s value', () => {
    const child = setValue(updateProject(parent, 'b', { capacityMW: 99 }), 'economy.gdpGrowthPct', 7);
    const look = createInheritLookup(parent);
    expect(look.status(child, 'electricity.projects[1].capacityMW')).toBe('overridden');
    expect(look.status(child, 'electricity.projects[0].capacityMW')).toBe('inherited');
    // two values changed (the capacity and the growth rate); source entries are not counted
    expect(look.count(child)).toBe(2);
    const reset = resetToParent(parent, child, 'electricity.projects[1].capacityMW');
    expect(reset.electricity.projects[1]!.capacityMW).toBe(20);
    expect(reset.economy.gdpGrowthPct).toBe(7);
    // the growth rate's source entry goes back with it
    const back = resetToParent(parent, reset, 'economy.gdpGrowthPct');
    expect(back.economy.gdpGrowthPct).toBe(0);
    expect(back.sources['economy.gdpGrowthPct']).toBeUndefined();
  });

  it('a row field’s own source (keyed by the row’s id) marks it overridden and goes back with a reset', () => {
    const child = setValue(parent, 'electricity.projects[1].capacityMW', 20, { kind: 'user', note: 'checked' });
    const look = createInheritLookup(parent);
    // the same value as the parent's, but its own source
    expect(look.status(child, 'electricity.projects[1].capacityMW')).toBe('overridden');
    expect(look.status(child, 'electricity.projects[0].capacityMW')).toBe('inherited');
    const reset = resetToParent(parent, child, 'electricity.projects[1].capacityMW');
    expect(reset.sources).not.toHaveProperty(['electricity.projects[id=b].capacityMW']);
    expect(reset).toEqual(parent);
  });

  it('a removed item is listed and can be restored where the parent has it', () => {
    const child = removeProject(parent, 'a');
    expect(removedFromParent(parent, child, 'electricity.projects').map((i) => i.id)).toEqual(['a']);
    const restored = restoreFromParent(parent, child, 'electricity.projects', 'a');
    expect(restored.electricity.projects.map((p) => p.id)).toEqual(['a', 'b']);
    expect(removedFromParent(parent, restored, 'electricity.projects')).toEqual([]);
  });
});
