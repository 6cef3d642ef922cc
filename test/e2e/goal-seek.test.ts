import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: 目标反推 goal seek from a target', () => {
  const s = servedApp();

  it('韶关 policy: the 2030 non-fossil share is out of reach with local PV, met by more electric-arc steel; applied as one edit, undone whole', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'shaoguan-policy', '韶关 目标反推');
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    const checklist = byTestId(page, 'target-checklist');
    const row = byTestId(checklist, 'target-row-sg-nonfossil-2030-province');
    await expect.poll(() => row.getAttribute('data-met'), { timeout: 30_000 }).toBe('false');

    await byTestId(row, 'goal-seek-sg-nonfossil-2030-province').click();
    const dialog = byTestId(page, 'goal-seek-dialog');
    await dialog.waitFor();
    expect(await byTestId(dialog, 'gs-target').inputValue()).toBe('sg-nonfossil-2030-province');
    const outcome = byTestId(dialog, 'gs-outcome');

    // local PV does not move the share under the provincial pool: not reachable within the lever's bounds
    await byTestId(dialog, 'gs-lever').selectOption('pvBuildout');
    await byTestId(dialog, 'gs-run').click();
    await expect.poll(() => outcome.getAttribute('data-state'), { timeout: 15_000 }).toBe('unreachable');
    expect(await byTestId(dialog, 'gs-headline').textContent()).toContain('在杠杆范围内无法达到');
    await byTestId(dialog, 'gs-note-noEffect').waitFor();
    await dialog.screenshot({ path: join(SCREENSHOTS, 'goal-seek-unreachable.png') });

    // 韶钢's electric-arc share in 2030 (crude steel carries most of industry's coal): an answer, its runs and precision
    await byTestId(dialog, 'gs-lever').selectOption('route');
    await byTestId(dialog, 'gs-route').selectOption('sg-crude-steel/eaf');
    await byTestId(dialog, 'gs-run').click();
    await expect.poll(() => outcome.getAttribute('data-state'), { timeout: 30_000 }).toBe('met');
    const headline = (await byTestId(dialog, 'gs-headline').textContent()) ?? '';
    expect(headline).toMatch(/^答案：重点产品某一工艺路线占产量比重（2030 年，由基准年线性过渡） [\d.]+ %（当前 10\.00 %）$/);
    expect(await byTestId(dialog, 'gs-runs').textContent()).toMatch(/^试算 \d+ 次（上限 50 次）$/);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'goal-seek-met.png') });

    await byTestId(dialog, 'gs-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('data-met'), { timeout: 15_000 }).toBe('true');
    await waitSaved(page);
    await checklist.screenshot({ path: join(SCREENSHOTS, 'goal-seek-applied.png') });

    // one undo takes the whole answer back
    await byTestId(page, 'btn-undo').click();
    await expect.poll(() => row.getAttribute('data-met'), { timeout: 15_000 }).toBe('false');
    expect(await byTestId(page, 'btn-undo').isDisabled()).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('a preset is read-only: the answer is shown, 应用 is not offered; a stated result in a year, in English', async () => {
    const { page } = s;
    await gotoLibrary(page, s.url);
    await byTestId(byTestId(page, 'library-row-lianzhou-baseline'), 'row-link').click();
    await page.waitForURL(/#\/scenario\/lianzhou-baseline/);
    await byTestId(page, 'btn-language').click();
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    const checklist = byTestId(page, 'target-checklist');
    await checklist.waitFor({ timeout: 30_000 });
    await byTestId(checklist, 'goal-seek-lz-co2-intensity-2025').click();
    const dialog = byTestId(page, 'goal-seek-dialog');
    await byTestId(dialog, 'gs-mode-metric').check();
    await byTestId(dialog, 'gs-metric').selectOption('co2');
    await byTestId(dialog, 'gs-year').fill('2030');
    await byTestId(dialog, 'gs-value').fill('130');
    await byTestId(dialog, 'gs-lever').selectOption('project');
    await byTestId(dialog, 'gs-project').selectOption('lz-wind-fushan-extension-100');
    await byTestId(dialog, 'gs-run').click();
    await expect.poll(() => byTestId(dialog, 'gs-outcome').getAttribute('data-state'), { timeout: 15_000 }).toBe('met');
    expect(await byTestId(dialog, 'gs-headline').textContent()).toMatch(/^Answer: One project's capacity [\d.,]+ MW \(now 100 MW\)$/);
    expect(await byTestId(dialog, 'gs-apply').isDisabled()).toBe(true);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'goal-seek-project-en.png') });

    // a target metric over a period: CO2 per GDP 40 % lower in 2030 than in 2020, by the intensity decline
    await byTestId(dialog, 'gs-metric').selectOption('co2IntensityReduction');
    await byTestId(dialog, 'gs-from-year').fill('2020');
    await byTestId(dialog, 'gs-value').fill('40');
    expect(await byTestId(dialog, 'gs-sense-fixed').textContent()).toBe('at least');
    await byTestId(dialog, 'gs-lever').selectOption('intensityDecline');
    await byTestId(dialog, 'gs-run').click();
    await expect.poll(() => byTestId(dialog, 'gs-precision').textContent(), { timeout: 15_000 }).toContain('(aim: within 0.01 percentage points)');
    expect(await byTestId(dialog, 'gs-headline').textContent()).toMatch(/^Answer: Energy-intensity decline \(the whole path shifted\) [\d.]+ %\/year \(now 0\.10 %\/year\)$/);
    await dialog.screenshot({ path: join(SCREENSHOTS, 'goal-seek-period-en.png') });

    // a peak-year target is met or not: bisected, its precision a bracket of the lever
    await byTestId(dialog, 'gs-mode-target').check();
    await byTestId(dialog, 'gs-target').selectOption('lz-peak-2030');
    await byTestId(dialog, 'gs-lever').selectOption('intensityDecline');
    await byTestId(dialog, 'gs-run').click();
    await expect.poll(() => byTestId(dialog, 'gs-precision').textContent(), { timeout: 15_000 }).toContain('bisected');
    await dialog.screenshot({ path: join(SCREENSHOTS, 'goal-seek-peak-en.png') });
    expect(s.errors).toEqual([]);
  });
});
