import { describe, expect, it } from 'vitest';
import { getAt, idPath, idPathOf, joinPath, parsePath, setAt } from '../../../shared/model/path';
import { makeScenario } from '../../helpers/make-scenario';
import { gen } from '../build';

const s = makeScenario((x) => {
  x.electricity.projects = [gen('pv.a', 'pv', 10, 1000), gen('b', 'wind', 20, [{ year: 2020, value: 2000 }, { year: 2030, value: 2200 }])];
});

describe('field paths', () => {
  it('parse and join positions, ids (dots included) and names', () => {
    expect(parsePath('electricity.projects[id=pv.a].utilisationHours[1].value')).toEqual(['electricity', 'projects', { id: 'pv.a' }, 'utilisationHours', 1, 'value']);
    for (const p of ['electricity.projects[id=pv.a].capacityMW', 'electricity.projects[3].capacityMW', 'energy.sectors.industry.fuelSharesPct.coal', '']) {
      expect(joinPath(parsePath(p))).toBe(p);
    }
  });

  it('read and write an item by id or by position alike', () => {
    expect(getAt(s, 'electricity.projects[id=b].capacityMW')).toBe(20);
    expect(getAt(s, 'electricity.projects[1].capacityMW')).toBe(20);
    expect(getAt(s, 'electricity.projects[id=nope].capacityMW')).toBeUndefined();
    const next = setAt(s, 'electricity.projects[id=b].capacityMW', 25);
    expect(next.electricity.projects.map((p) => p.capacityMW)).toEqual([10, 25]);
    // only the path is copied
    expect(next.electricity.projects[0]).toBe(s.electricity.projects[0]);
    expect(() => setAt(s, 'electricity.projects[id=nope].capacityMW', 1)).toThrow(/no item electricity\.projects\[id=nope\]/);
  });

  it('idPath: rows of the id-keyed lists by id, points of a series by position, other paths as they are', () => {
    expect(idPath(s, 'electricity.projects[0].capacityMW')).toBe('electricity.projects[id=pv.a].capacityMW');
    expect(idPath(s, 'electricity.projects[1].utilisationHours[1].value')).toBe('electricity.projects[id=b].utilisationHours[1].value');
    expect(idPath(s, 'electricity.projects[id=b].capacityMW')).toBe('electricity.projects[id=b].capacityMW');
    expect(idPath(s, 'economy.gdpGrowthPct')).toBe('economy.gdpGrowthPct');
    // a key that is no path is not normalised
    expect(idPath(s, 'a..b[x]')).toBe('a..b[x]');
  });

  it('idPathOf names a position that holds no row', () => {
    expect(idPathOf(s, 'electricity.projects[2].capacityMW')).toEqual({ missing: { list: 'electricity.projects', index: 2, length: 2 } });
    expect(idPathOf(s, 'targets[0]')).toEqual({ missing: { list: 'targets', index: 0, length: 0 } });
    expect(idPath(s, 'electricity.projects[2].capacityMW')).toBe('electricity.projects[2].capacityMW');
  });
});
