import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceText } from '../../../../renderer/components/fields/source-text';
import { setLanguage } from '../../../../renderer/i18n';
import type { Scenario } from '../../../../shared/model/scenario';
import { presetScenario } from '../results/preset';
import { Harness, type EditCall } from './fixture';

// the whole editor mounts for each test: slow on a shared machine
vi.setConfig({ testTimeout: 30_000 });

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

  it('word the lever’s note on their source in the UI’s language and capacity unit', async () => {
    await setLanguage('zh');
    const ref = { kind: 'user', note: 'build-out lever: 100 MW/yr 2026–2035' } as const;
    // 100 MW = 10 万千瓦 (1 万千瓦 = 10 MW)
    expect(sourceText(ref, i18next.getFixedT('zh', 'editor'), 'zh', (mw) => `${mw / 10} 万千瓦`).lines).toEqual([
      '用户修改：此值已在本情景中改动，原始来源不再适用。',
      '逐年新增装机调节：每年 10 万千瓦，2026–2035 年',
    ]);
    expect(sourceText(ref, i18next.getFixedT('en', 'editor'), 'en').lines[1]).toBe('Yearly build-out lever: 100 MW a year, 2026–2035');
    // a note of the user's own is shown as written
    expect(sourceText({ kind: 'user', note: '按县发改局意见' }, i18next.getFixedT('zh', 'editor'), 'zh').lines[1]).toBe('说明：按县发改局意见');
  });
});
