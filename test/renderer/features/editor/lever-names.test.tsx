import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { presetScenario } from '../results/preset';
import { Harness, type EditCall } from './fixture';

afterEach(async () => {
  cleanup();
  await setLanguage('zh');
});

/** qingyuan-policy as stored before the lever took names from the UI: rows named in English. */
function withLegacyRows(): Scenario {
  const s = presetScenario('qingyuan-policy');
  const base = s.electricity.projects[0]!;
  s.electricity.projects.push(
    { ...base, id: 'buildout-pv-2033', name: 'PV build-out 2033', type: 'pv', capacityMW: 100, commissioningYear: 2033, status: 'planned', included: true, source: { kind: 'user', note: 'build-out lever: 100 MW/yr 2026–2035' } },
    // one the planner renamed: their name stays
    { ...base, id: 'buildout-pv-2034', name: '石角镇农光互补', type: 'pv', capacityMW: 100, commissioningYear: 2034, status: 'planned', included: true, source: { kind: 'user' } },
  );
  s.sources['electricity.projects[id=buildout-pv-2034].name'] = { kind: 'user' };
  return s;
}

const nameField = (s: Scenario, id: string) => screen.getByTestId(`field-electricity.projects[${s.electricity.projects.findIndex((p) => p.id === id)}].name`);

describe('ledger rows written by a build-out lever in the editor', () => {
  it('are named by type and year in Chinese, whatever the stored English name; a renamed row keeps its name', async () => {
    await setLanguage('zh');
    const s = withLegacyRows();
    render(<Harness initial={s} calls={[] as EditCall[]} />);
    expect(nameField(s, 'buildout-pv-2033')).toHaveValue('光伏逐年新增装机（2033 年）');
    expect(nameField(s, 'buildout-pv-2034')).toHaveValue('石角镇农光互补');
    expect(document.body.textContent).not.toContain('build-out');
  });

  it('and in English in the English editor', async () => {
    await setLanguage('en');
    const s = withLegacyRows();
    render(<Harness initial={s} calls={[] as EditCall[]} />);
    expect(nameField(s, 'buildout-pv-2033')).toHaveValue('Solar PV yearly build-out (2033)');
  });
});
