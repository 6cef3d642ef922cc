import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { buildoutRowOf, leverNamedRow } from '../../../shared/model/lever-rows';
import { setAnnualBuildout, setValue } from '../../../shared/model/ops';
import { runScenario } from '../../../shared/engine/run';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';

const preset = (id: string): Scenario => structuredClone(presetById(id)!);
const zhName = (_type: string, y: number) => `光伏逐年新增装机（${y} 年）`;
const enName = (_type: string, y: number) => `Solar PV yearly build-out (${y})`;
const pvRows = (s: Scenario) => s.electricity.projects.filter((p) => p.id.startsWith('buildout-pv-'));

describe('rows a build-out lever writes', () => {
  it('are recognised by id: type and year, nothing for other rows', () => {
    expect(buildoutRowOf('buildout-pv-2033')).toEqual({ type: 'pv', year: 2033 });
    expect(buildoutRowOf('buildout-wind-2026')).toEqual({ type: 'wind', year: 2026 });
    expect(buildoutRowOf('buildout-nuclear-2026')).toBeUndefined();
    expect(buildoutRowOf('lz-pv-xingzi-40')).toBeUndefined();
  });

  it('take the name the caller gives in the user’s language, and stay lever-named (lianzhou-policy)', () => {
    // 2026–2028: three rows of 10 MW, named by the caller
    const s = setAnnualBuildout(preset('lianzhou-policy'), 'pv', 10, 2026, 2028, 1050, zhName);
    expect(pvRows(s).map((p) => p.name)).toEqual(['光伏逐年新增装机（2026 年）', '光伏逐年新增装机（2027 年）', '光伏逐年新增装机（2028 年）']);
    expect(validateScenario(s).ok).toBe(true);
    expect(pvRows(s).map((p) => leverNamedRow(s, p))).toEqual([2026, 2027, 2028].map((year) => ({ type: 'pv', year })));
    // a row of the preset's own is never a lever row
    expect(leverNamedRow(s, s.electricity.projects[0]!)).toBeUndefined();
  });

  it('a row the planner renamed keeps its name when the lever moves again, and is shown by it', () => {
    let s = setAnnualBuildout(preset('qingyuan-policy'), 'pv', 10, 2026, 2028, 1050, zhName);
    s = setValue(s, 'electricity.projects[id=buildout-pv-2027].name', '石角镇农光互补');
    const renamed = s.electricity.projects.find((p) => p.id === 'buildout-pv-2027')!;
    expect(leverNamedRow(s, renamed)).toBeUndefined();
    // moved to 20 MW by a user of the English UI: new names in English, the renamed row as typed
    s = setAnnualBuildout(s, 'pv', 20, 2026, 2028, 1050, enName);
    expect(pvRows(s).map((p) => [p.name, p.capacityMW])).toEqual([
      ['Solar PV yearly build-out (2026)', 20],
      ['石角镇农光互补', 20],
      ['Solar PV yearly build-out (2028)', 20],
    ]);
  });

  it('stored scenarios with the old English names read as lever rows, even with a name source entry', () => {
    const s = preset('qingyuan-policy');
    s.electricity.projects.push({ ...s.electricity.projects[0]!, id: 'buildout-wind-2030', name: 'WIND build-out 2030', type: 'wind' });
    s.sources['electricity.projects[id=buildout-wind-2030].name'] = { kind: 'user' };
    expect(leverNamedRow(s, s.electricity.projects.at(-1)!)).toEqual({ type: 'wind', year: 2030 });
  });

  it('the engine marks them in the drivers of a flagged year, so the UI names them (lianzhou-policy, 500 MW a year)', () => {
    // 500 MW of PV a year against 连州's 2025 local generation: CO2 falls by more than 10 % in 2026, a flagged year
    const s = setAnnualBuildout(preset('lianzhou-policy'), 'pv', 500, 2026, 2028, 1050, zhName);
    const drivers = runScenario(s).flags.filter((f) => f.year === 2026 && f.metric === 'co2').flatMap((f) => f.drivers);
    expect(drivers.find((d) => d.kind === 'projectEnters')).toMatchObject({ id: 'buildout-pv-2026', buildoutYear: 2026 });
  });
});
