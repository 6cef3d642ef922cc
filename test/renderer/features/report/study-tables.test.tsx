import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioResults, YearResult } from '../../../../shared/engine/results';
import { reportText } from '../../../../renderer/features/report/report-text';
import { StudyTablesSection } from '../../../../renderer/features/report/StudyTablesSection';

afterEach(cleanup);

/**
 * A made-up county, 2020–2030: GDP 100 → 130 → 156 亿元, CO2 200 → 220 → 209 万tCO2
 * (straight lines within each period), energy 80 → 90 (2025) → 88 万tce.
 */
function results(): ScenarioResults {
  const years: YearResult[] = [];
  for (let y = 2020; y <= 2030; y++) {
    const k = y <= 2025 ? (y - 2020) / 5 : (y - 2025) / 5;
    const gdp = y <= 2025 ? 100 + 30 * k : 130 + 26 * k;
    const co2 = y <= 2025 ? 200 + 20 * k : 220 - 11 * k;
    const energy = y <= 2025 ? 80 + 10 * k : 90 - 2 * k;
    years.push({
      year: y, gdp, co2, energy, co2PerGdp: co2 / gdp, energyPerGdp: energy / gdp, energyPerGdpAssessed: energy / gdp,
      energyBySector: { industry: energy / 2, services: energy / 4, transport: energy / 8, households: energy / 8, agriculture: 0 },
      electricityDemand: 50, localGeneration: 30, netImports: 20,
    } as unknown as YearResult);
  }
  const period = (plan: number, fromYear: number, toYear: number) => ({ plan, fromYear, toYear, co2PerGdpChangePct: 0, energyPerGdpChangePct: 0, energyPerGdpAssessedChangePct: 0, co2ChangePct: 0, gdpAvgGrowthPct: 0 });
  return {
    scenarioId: 't', baseYear: 2020, endYear: 2030, years,
    periods: [period(14, 2020, 2025), period(15, 2025, 2030)],
    peak: { year: 2025, co2: 220, withinHorizon: true },
  } as unknown as ScenarioResults;
}

describe('the study tables of a Chinese report', () => {
  it('peaks, sector shares, 净调入电量 and the Tapio state of each plan period', () => {
    render(<StudyTablesSection results={results()} x={reportText('zh')} />);
    // energy highest in 2025 at 90 万tce; CO2's peak as the engine gave it
    expect(screen.getByTestId('report-study-peak-energy')).toHaveTextContent('2025年');
    expect(screen.getByTestId('report-study-peak-energy')).toHaveTextContent('90');
    expect(screen.getByTestId('report-study-peak-co2')).toHaveTextContent('220');
    // plan years 2020, 2025, 2030; industry half of the total = 50 %
    const industry = screen.getByTestId('report-study-sectors-industry');
    expect(within(industry).getAllByRole('cell').map((c) => c.textContent)).toEqual(['50.0', '50.0', '50.0']);
    expect(screen.getByTestId('report-study-power-netImports')).toHaveTextContent('净调入电量');
    // 十四五: GDP +30 %, CO2 +10 %, e = 0.33 → 弱脱钩; 十五五: GDP +20 %, CO2 −5 %, e = −0.25 → 强脱钩
    const p14 = screen.getByTestId('report-study-decoupling-14');
    expect(p14).toHaveTextContent('十四五');
    expect(p14).toHaveTextContent('0.33');
    expect(p14).toHaveTextContent('弱脱钩');
    const p15 = screen.getByTestId('report-study-decoupling-15');
    expect(p15).toHaveTextContent('-0.25');
    expect(p15).toHaveTextContent('强脱钩');
  });
});
