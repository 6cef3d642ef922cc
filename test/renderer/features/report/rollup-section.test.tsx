import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
vi.setConfig({ testTimeout: 30_000 });

const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

const city = presetScenario('qingyuan-policy');
const county = presetScenario('lianzhou-policy');
let repo: ScenarioRepo;

beforeEach(async () => {
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: [city, county] }));
  window.api = reportApi();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  delete window.api;
});

async function renderReport(id: string, lang?: 'en') {
  render(
    <RepoProvider repo={repo}>
      <ReportPage ids={[id]} lang={lang} now={() => new Date(2025, 5, 30)} />
    </RepoProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 20_000 });
}

const cell = (row: HTMLElement, year: number) => row.querySelector(`td[data-year="${year}"]`)!;

describe('县区汇总 in the report of a city scenario with counties attached', () => {
  it('qingyuan-policy with 连州: the plan-year tables, shares, the rest of the city and the difference, and the checks', async () => {
    await renderReport(city.id);
    const section = screen.getByTestId('report-rollup');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('县区汇总');
    expect(screen.getByTestId('report-rollup-members')).toHaveTextContent('连州市（连州市 政策情景，已计入）');
    const gdp = screen.getByTestId('report-rollup-gdp');
    // plan years only: 2020, 2025, …, 2060
    expect([...gdp.querySelectorAll('thead th.num')].map((th) => th.textContent)).toEqual(['2020', '2025', '2030', '2035', '2040', '2045', '2050', '2055', '2060']);
    // 2020, published GDP: 连州 161.21 of 清远 1,778.29 亿元 = 9.0655 %; the rest 1,778.29 − 161.21 = 1,617.08 (90.93 %);
    // shown as the report rounds: four significant digits, shares to one decimal
    expect(cell(screen.getByTestId('report-rollup-gdp-m0'), 2020)).toHaveTextContent(/^161\.2占全市 9\.1\s?%$/);
    expect(cell(screen.getByTestId('report-rollup-gdp-sum'), 2020)).toHaveTextContent(/^161\.2占全市 9\.1\s?%$/);
    expect(cell(screen.getByTestId('report-rollup-gdp-remainder'), 2020)).toHaveTextContent(/^1,617\.1占全市 90\.9\s?%$/);
    expect(cell(screen.getByTestId('report-rollup-gdp-city'), 2020)).toHaveTextContent(/^1,778\.3$/);
    // sum − city = 161.21 − 1,778.29 = −1,617.08, −90.93 % of the city
    expect(cell(screen.getByTestId('report-rollup-gdp-difference'), 2020)).toHaveTextContent(/^[-−]1,617\.1[-−]90\.9\s?%$/);
    // capacity in the report's unit (万千瓦 in Chinese)
    expect(screen.getByTestId('report-rollup')).toHaveTextContent('可再生能源装机容量（万千瓦）');
    const checks = screen.getByTestId('report-rollup-checks');
    expect(checks.querySelector('[data-code="rollup.netImportsCo2"]')).not.toBeNull();
    expect(checks).toHaveTextContent('不可相加');
    expect(section.textContent).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('in English', async () => {
    await renderReport(city.id, 'en');
    const section = screen.getByTestId('report-rollup');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Roll-up of counties');
    expect(cell(screen.getByTestId('report-rollup-gdp-m0'), 2020)).toHaveTextContent(/^161\.29\.1\s?% of the city$/);
    expect(screen.getByTestId('report-rollup-checks')).toHaveTextContent("Under the net-imports method a county's CO2 includes the electricity it buys from other counties");
  });

  it('no section for a scenario without counties attached', async () => {
    await renderReport(county.id);
    expect(screen.queryByTestId('report-rollup')).toBeNull();
  });
});
