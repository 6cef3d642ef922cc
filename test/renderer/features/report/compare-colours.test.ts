import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { scenarioColor, scenarioColors } from '../../../../renderer/components/chart/palette';
import { compareLineOption } from '../../../../renderer/features/report/compare';
import { reportText } from '../../../../renderer/features/report/report-text';
import { presetScenario } from '../results/preset';

const item = (id: string) => {
  const scenario = presetScenario(id);
  return { scenario, results: runScenario(scenario) };
};
const colours = (ids: readonly string[]) =>
  (compareLineOption(ids.map(item), (y) => y.co2, 'wanTCo2', reportText('zh')).series as { color: string }[]).map((s) => s.color);

describe('a scenario in print has the colour the compare page gives it', () => {
  it('the printed comparison colours by id, whatever the order the scenarios were picked in', () => {
    const ids = ['qingyuan-baseline', 'qingyuan-policy', 'lianzhou-policy'];
    expect(colours(ids)).toEqual(scenarioColors(ids));
    const reversed = colours([...ids].reverse());
    expect(reversed).toEqual([...colours(ids)].reverse());
    expect(new Set(reversed).size).toBe(3);
  });

  it('a scenario printed alone has the colour of its own results charts', () => {
    expect(colours(['lianzhou-policy'])).toEqual([scenarioColor('lianzhou-policy')]);
  });
});
