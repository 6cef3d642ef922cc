import { describe, expect, it } from 'vitest';
import { matches } from '../../../../renderer/features/editor/ledger';
import { sourceFor } from '../../../../renderer/features/editor/sources';
import { newProject, removeProject } from '../../../../shared/model/ops';
import { TYPICAL_HOURS } from '../../../../seeds/reference/typical';
import { editorScenario, QY_FILE } from './fixture';

describe('sourceFor', () => {
  const s = editorScenario();
  it('finds the field, then the nearest parent, then a ledger item’s own source', () => {
    expect(sourceFor(s, 'economy.baseGdpYiYuan')).toMatchObject({ kind: 'document', file: QY_FILE, line: 103 });
    expect(sourceFor(s, 'energy.sectors.industry.fuelSharesPct.coal')).toMatchObject({ kind: 'reference' });
    expect(sourceFor(s, 'electricity.projects[0].capacityMW')).toMatchObject({ kind: 'document', line: 1243 });
    expect(sourceFor(s, 'populationWan')).toMatchObject({ kind: 'assumed', reason: 'test value' });
  });
  it('reads a row’s field entry by the row’s id; removing the row drops it, removing another keeps it', () => {
    const edited = { ...s, sources: { ...s.sources, 'electricity.projects[id=wind-b].capacityMW': { kind: 'user' as const } } };
    expect(sourceFor(edited, 'electricity.projects[1].capacityMW')).toEqual({ kind: 'user' });
    const next = removeProject(edited, 'pv-a');
    expect(sourceFor(next, 'electricity.projects[0].capacityMW')).toEqual({ kind: 'user' });
    expect(next.sources['electricity.projects[id=wind-b].capacityMW']).toEqual({ kind: 'user' });
    const gone = removeProject(edited, 'wind-b');
    expect(Object.keys(gone.sources).some((k) => k.startsWith('electricity.projects'))).toBe(false);
  });
});

describe('ledger filter', () => {
  it('matches a type and a status, or all', () => {
    const p = newProject(editorScenario(), 'pv', '新项目', TYPICAL_HOURS);
    expect(matches(p, { type: 'pv', status: 'planned' })).toBe(true);
    expect(matches(p, { type: 'all', status: 'all' })).toBe(true);
    expect(matches(p, { type: 'wind', status: 'all' })).toBe(false);
    expect(matches(p, { type: 'pv', status: 'operating' })).toBe(false);
  });
});
