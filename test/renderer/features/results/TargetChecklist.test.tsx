import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { TargetChecklist } from '../../../../renderer/features/results/TargetChecklist';
import { makeCity } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const fmtFor = (lang: 'zh' | 'en') => {
  const t = i18next.getFixedT(lang, 'results');
  return { t, fmt: makeFormatter(lang, (u) => t(`units.${u}`)) };
};

describe('the targets beside the inputs', () => {
  it('lists every target with the engine’s verdict, its target and scenario value and the margin', () => {
    const scenario = makeCity();
    const results = runScenario(scenario);
    const { t, fmt } = fmtFor('zh');
    render(<TargetChecklist scenario={scenario} results={results} fmt={fmt} t={t} lang="zh" />);
    // the test city has eight targets (fixture.ts), each a row with the engine's verdict
    expect(screen.getAllByTestId(/^target-row-/)).toHaveLength(8);
    for (const status of results.targets) {
      const row = screen.getByTestId(`target-row-${status.id}`);
      expect(row).toHaveAttribute('data-met', status.met === null ? 'unknown' : String(status.met));
      expect(within(row).getByTestId('target-margin').textContent).not.toBe('');
    }
    // targets as the fixture sets them: a 19.5 % reduction 2020–2025, binding; a peak by 2030
    const co2 = screen.getByTestId('target-row-co2i-14');
    expect(co2).toHaveTextContent('十四五单位GDP二氧化碳排放降低');
    expect(co2).toHaveTextContent('约束性');
    expect(co2).toHaveTextContent('目标 下降 19.5%');
    expect(screen.getByTestId('target-row-peak')).toHaveTextContent('目标 2030年前');
    expect(screen.getByTestId('target-row-nf-2025')).toHaveTextContent('预期性');
  });

  it('says so when a scenario has no targets', () => {
    const scenario = makeCity((s) => (s.targets = []));
    const { t, fmt } = fmtFor('zh');
    render(<TargetChecklist scenario={scenario} results={runScenario(scenario)} fmt={fmt} t={t} lang="zh" />);
    expect(screen.queryByTestId('target-checklist')).toBeNull();
    expect(screen.getByText('本情景未设目标。')).toBeInTheDocument();
  });
});
