import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareMethodsWith } from '../../../../shared/engine/methods';
import { runScenario } from '../../../../shared/engine/run';
import { resolveSeries } from '../../../../shared/engine/series';
import type { Scenario } from '../../../../shared/model/scenario';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { OtherMethods } from '../../../../renderer/features/results/OtherMethods';
import { makeCity } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const t = i18next.getFixedT('zh', 'results');
const fmt = makeFormatter('zh', (u) => t(`units.${u}`));

/** Opens the folded section, as a click on its summary does in a browser. */
async function open() {
  const details = screen.getByTestId('other-methods') as HTMLDetailsElement;
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  return screen.findByTestId('other-methods-table');
}

describe('OtherMethods', () => {
  it('asks the engine nothing until opened', () => {
    render(<OtherMethods scenario={makeCity()} fmt={fmt} t={t} lang="zh" />);
    expect(screen.queryByTestId('other-methods-table')).toBeNull();
  });

  it("shows the engine's headline figures under each other method, one changed at a time, the scenario's own first", async () => {
    const s = makeCity();
    render(<OtherMethods scenario={s} fmt={fmt} t={t} lang="zh" />);
    const table = await open();
    const c = compareMethodsWith(s, resolveSeries);
    const rows = table.querySelectorAll('tbody[data-testid^="other-method-"]');
    // the fixture counts netImports, energyControl none and localBalance: 3 other electricity-CO2 methods,
    // 2 other energy-control rules (legacy is never offered) and 1 other attribution
    expect([...rows].map((r) => r.getAttribute('data-testid'))).toEqual([
      'other-method-own',
      'other-method-electricityCo2-netImportsNoExportCredit',
      'other-method-electricityCo2-locationBased',
      'other-method-electricityCo2-marketBased',
      'other-method-energyControl-nonFossilExcluded',
      'other-method-energyControl-renewableIncreaseExcluded',
      'other-method-renewableAttribution-provincialPool',
    ]);
    const co2 = (key: string) => Number(screen.getByTestId(`other-co2-${key}`).getAttribute('data-value'));
    expect(co2('own')).toBe(runScenario(s).years[2030 - 2020]!.co2);
    expect(co2('electricityCo2-locationBased')).toBe(c.alternatives.find((a) => a.change?.value === 'locationBased')!.years.find((y) => y.year === 2030)!.co2);
    expect(screen.getByTestId('other-method-electricityCo2-locationBased')).toHaveTextContent('电力二氧化碳：C 基于位置');
    expect(screen.getByTestId('other-targets-own')).toHaveTextContent(`${c.own.targetsMet}/${c.own.targetsJudged} 项达成`);
  });

  it('names a target met under this scenario’s methods and missed under another', async () => {
    // a 2030 CO2 cap halfway between the CO2 counted under this method and under the location-based one
    const plain = makeCity();
    const c = compareMethodsWith(plain, resolveSeries);
    const own = c.own.years.find((y) => y.year === 2030)!.co2;
    const located = c.alternatives.find((a) => a.change?.value === 'locationBased')!.years.find((y) => y.year === 2030)!.co2;
    expect(own).not.toBe(located);
    const s: Scenario = makeCity((x) => {
      const cap = x.targets.find((tg) => tg.id === 'cap-2030')!;
      cap.value = (own + located) / 2;
    });
    render(<OtherMethods scenario={s} fmt={fmt} t={t} lang="zh" />);
    await open();
    const item = await screen.findByTestId('method-dependent-cap-2030');
    const ownMet = own < located;
    expect(item).toHaveTextContent(ownMet ? '2030年二氧化碳排放上限：本口径下达成，改用 电力二氧化碳：C 基于位置' : '2030年二氧化碳排放上限：本口径下未达成，改用 电力二氧化碳：C 基于位置');
  });

  it('with process CO2, the peak judged on the other scope is one more method, worded with the scope', async () => {
    // 20 万t of lime a year × 0.683 tCO2/t: 13.66 万tCO2 of process CO2 the energy scope leaves out
    const s = makeCity((x) => {
      x.industry = {
        products: [],
        processEmissions: [{ id: 'lime', kind: 'lime', name: '石灰', activityWanT: 20, factorTCo2PerT: 0.683, source: { kind: 'assumed', reason: 'test' } }],
      };
    });
    render(<OtherMethods scenario={s} fmt={fmt} t={t} lang="zh" />);
    await open();
    const row = await screen.findByTestId('other-method-peakScope-energyAndProcess');
    expect(row).toHaveTextContent('达峰口径：能源活动和工业生产过程排放');
    // the CO2 column stays energy CO2: the scope changes only what the peak is judged on
    const co2 = (key: string) => Number(screen.getByTestId(`other-co2-${key}`).getAttribute('data-value'));
    expect(co2('peakScope-energyAndProcess')).toBe(co2('own'));
  });

  it('says when every target has the same status under every method', async () => {
    const s = makeCity((x) => (x.targets = x.targets.filter((tg) => tg.id === 'cap-2040')));
    render(<OtherMethods scenario={s} fmt={fmt} t={t} lang="zh" />);
    await open();
    await waitFor(() => expect(screen.getByTestId('method-dependent-none')).toHaveTextContent('各口径下目标达成情况相同。'));
  });
});
