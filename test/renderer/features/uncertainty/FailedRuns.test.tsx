import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { EnsembleResults } from '../../../../shared/engine/ensemble/types';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { FailedRuns } from '../../../../renderer/features/uncertainty/FailedRuns';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const fmt = makeFormatter('zh', () => '');
const ensemble = (failedRuns: EnsembleResults['failedRuns']) => ({ failedRuns }) as EnsembleResults;

it('lists the runs that could not be computed with their sampled values, in the inputs’ units', () => {
  render(<FailedRuns ensemble={ensemble([{ run: 17, values: { gdpGrowth: 9.5, utilisationPv: 0.92 } }])} fmt={fmt} />);
  const list = screen.getByTestId('uncertainty-failed-runs');
  expect(list.textContent).toContain('前 1 个');
  expect(list.textContent).toContain('样本 #17：GDP 增速 9.5 个百分点；光伏利用小时数 0.92 倍');
});

it('says nothing when every run was computed', () => {
  render(<FailedRuns ensemble={ensemble([])} fmt={fmt} />);
  expect(screen.queryByTestId('uncertainty-failed-runs')).toBeNull();
});
