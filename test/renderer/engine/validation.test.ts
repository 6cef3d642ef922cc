import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../seeds/index';
import { EXPRESSIONS_NOT_LOADED, hasExpressions } from '../../../shared/engine/series-values';
import { validateScenario } from '../../../shared/model/validate';
import { validateOnMainThread, validationLoaded, whenValidationReady } from '../../../renderer/engine/validation';
import { planSetValue } from '../../../renderer/features/editor/try-edit';
import { editorScenario } from '../features/editor/fixture';

// The tests run in order: first with the expression engine not loaded (as in the first instant after start-up), then loaded.
const qingyuan = PRESETS.find((p) => p.id === 'qingyuan-policy')!;

describe('main-thread validation before the expression engine has loaded', () => {
  it('the preset holds an expression (so this state matters) and the editor fixture none', () => {
    expect(validationLoaded()).toBe(false);
    expect(hasExpressions(qingyuan)).toBe(true);
    expect(hasExpressions(qingyuan.economy.gdpGrowthPct)).toBe(true);
    expect(hasExpressions(editorScenario())).toBe(false);
  });

  it('checks a scenario without expressions in full, as validateScenario does', () => {
    const ok = validateOnMainThread(editorScenario());
    expect(ok).toEqual(validateScenario(editorScenario()));
    const bad = { ...editorScenario(), populationWan: -1 };
    expect(validateOnMainThread(bad)).toEqual(validateScenario(bad));
  });

  it('refuses a scenario with an expression, naming the expression and why: never accepted unchecked', () => {
    const r = validateOnMainThread(qingyuan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual({ path: 'economy.gdpGrowthPct.expr', message: EXPRESSIONS_NOT_LOADED });
  });

  it('an edit of such a scenario is refused at the edited field, not blamed on old issues', () => {
    const plan = planSetValue(qingyuan, 'populationWan', 400);
    expect(plan).toEqual({ ok: false, issues: [{ path: 'populationWan', message: EXPRESSIONS_NOT_LOADED }] });
  });

  it('once loaded, the same checks evaluate the expressions', async () => {
    await whenValidationReady();
    expect(validationLoaded()).toBe(true);
    expect(validateOnMainThread(qingyuan).ok).toBe(true);
    const plan = planSetValue(qingyuan, 'populationWan', 400);
    expect(plan.ok).toBe(true);
    const broken = validateOnMainThread({ ...qingyuan, economy: { ...qingyuan.economy, gdpGrowthPct: { expr: 'interp(2021, 6' } } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]!.path).toBe('economy.gdpGrowthPct.expr');
  });
});
