import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { byTestId, createFromPreset, gotoLibrary, waitSaved } from './support/app';
import { describeE2E, SCREENSHOTS } from './support/browser';
import { servedApp } from './support/served-app';

describeE2E('browser build: industry by product, process CO2, plan sectors and sinks in the editor', () => {
  const s = servedApp();

  it('韶关: a clinker line from the library with its 标杆/基准 lines, its process CO2, the peak scope, a forest and a sector target', async () => {
    const { page } = s;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await createFromPreset(page, 'shaoguan-policy', '韶关 工业');
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });

    // 工业与过程排放: add a clinker product; it is read against the 2023 table's 标杆 100 and 基准 117 kgce/t
    // from the library (shown beside the empty fields, cited), and its route starts at the 基准
    const panel = byTestId(page, 'industry-panel');
    await panel.scrollIntoViewIfNeeded();
    const before = await panel.locator('section[data-testid^="product-"]').count();
    await byTestId(panel, 'add-product-kind').selectOption('clinker');
    await byTestId(panel, 'btn-add-product').click();
    const cards = panel.locator('section[data-testid^="product-"]');
    await expect.poll(() => cards.count()).toBe(before + 1);
    const card = cards.last();
    expect(await card.locator('input[data-testid$=".benchmarkKgcePerT"]').inputValue()).toBe('');
    expect(await card.locator('[data-testid^="library-"][data-testid$=".benchmarkKgcePerT"]').first().getAttribute('data-value')).toBe('100');
    expect(await card.locator('[data-testid^="library-"][data-testid$=".baselineKgcePerT"]').first().getAttribute('data-value')).toBe('117');
    expect(await card.locator('[data-testid^="source-library-"][data-testid$=".benchmarkKgcePerT"]').getAttribute('data-kind')).toBe('reference');
    expect(await card.locator('input[data-testid$="routes[0].unitEnergyKgcePerT"]').inputValue()).toBe('117');

    // 产量 400 万t at 108 kgce/t: the engine's output-weighted unit energy is drawn against the lines
    await card.locator('input[data-testid$=".outputWanT"]').fill('400');
    await card.locator('input[data-testid$="routes[0].unitEnergyKgcePerT"]').fill('108');
    await waitSaved(page);
    await card.locator('[data-testid^="unit-energy-chart-"] canvas').first().waitFor();

    // its process CO2: a clinker line follows the clinker product, at the library's 0.538 tCO2/t
    await byTestId(panel, 'add-process-kind').selectOption('clinker');
    await byTestId(panel, 'btn-add-process').click();
    const process = panel.locator('tr[data-testid^="process-clinker-process-"]').last();
    await process.waitFor();
    expect(await process.locator('input[data-testid$=".factorTCo2PerT"]').inputValue()).toBe('0.538');
    expect(await process.locator('select').inputValue()).toMatch(/^clinker-\d+$/);
    await waitSaved(page);
    expect(await byTestId(page, 'industry-error').count()).toBe(0);
    await card.screenshot({ path: join(SCREENSHOTS, 'industry-product.png') });
    await panel.screenshot({ path: join(SCREENSHOTS, 'industry-panel.png') });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'industry-viewport.png') });

    // the preset's steel: the 电炉 share lever writes 2030's route shares, and the 2030 CO2 follows
    const steel = byTestId(panel, 'product-sg-crude-steel');
    const levers = byTestId(steel, 'product-levers-sg-crude-steel');
    await levers.scrollIntoViewIfNeeded();
    const co2Before = await byTestId(page, 'kpi-co2-2030').textContent();
    await byTestId(levers, 'product-lever-sg-crude-steel-routeShare-range').fill('40');
    await expect.poll(() => byTestId(levers, 'product-lever-sg-crude-steel-routeShare-value').textContent()).toContain('40');
    // the 电炉 route's share is now a path the planner can read and edit: 0 in the base year to 40 in 2030
    await expect.poll(() => steel.locator('[data-testid^="open-industry.products["][data-testid$="].routes[1].sharePct"]').first().textContent()).toMatch(/0\s*→\s*40/);
    await waitSaved(page);
    await expect.poll(() => byTestId(page, 'kpi-co2-2030').textContent(), { timeout: 15_000 }).not.toBe(co2Before);
    // the clinker kiln of the preset: the gap to the 标杆 closed by 2030 (its policy path already closes it all)
    const kiln = byTestId(panel, 'product-levers-sg-clinker');
    expect(await byTestId(kiln, 'product-lever-sg-clinker-unitEnergy-value').textContent()).toContain('100');
    expect(await byTestId(kiln, 'product-lever-sg-clinker-routeShare').count()).toBe(0);
    expect(await byTestId(page, 'industry-error').count()).toBe(0);
    // at 1280×720 every routes table fits its card: nothing scrolls sideways (the steel's has two routes of paths)
    const overflow = await panel.locator('table.industry-routes').evaluateAll((ts) => ts.map((t) => [t.dataset.testid, Math.max(0, t.parentElement!.scrollWidth - t.parentElement!.clientWidth - 1)]));
    expect(overflow.length).toBeGreaterThan(1);
    expect(overflow.filter(([, d]) => d)).toEqual([]);
    await steel.scrollIntoViewIfNeeded();
    await levers.screenshot({ path: join(SCREENSHOTS, 'industry-product-levers.png') });
    await byTestId(steel, 'routes-sg-crude-steel').screenshot({ path: join(SCREENSHOTS, 'industry-routes.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'industry-steel-viewport.png') });

    // the electric-arc share lever: a second route takes the rest of the first's share
    await byTestId(card, `btn-add-route-${(await card.getAttribute('data-testid'))!.slice('product-'.length)}`).click();
    const share1 = card.locator('input[data-testid$="routes[1].sharePct"]');
    await share1.waitFor();
    await share1.fill('30');
    await expect.poll(() => card.locator('input[data-testid$="routes[0].sharePct"]').inputValue()).toBe('70');
    await waitSaved(page);

    // 分领域口径与碳汇: 建筑业's share of industry, and a forest when the preset has none
    const sinks = byTestId(page, 'sinks-panel');
    await sinks.scrollIntoViewIfNeeded();
    await byTestId(sinks, 'field-sectorReporting.constructionShareOfIndustryPct').fill('3');
    await waitSaved(page);
    if ((await byTestId(sinks, 'forest-add').count()) > 0) {
      await byTestId(sinks, 'field-new-forest-cover').fill('74.43');
      await byTestId(sinks, 'field-new-forest-stock').fill('9652');
      await byTestId(sinks, 'btn-add-forest').click();
    }
    const forest = byTestId(sinks, 'forest-inputs');
    await forest.waitFor();
    expect(await byTestId(forest, 'source-sinks.forest.rootShootRatio').getAttribute('data-kind')).toMatch(/reference|document|assumed/);
    await waitSaved(page);
    await sinks.screenshot({ path: join(SCREENSHOTS, 'industry-sinks.png') });

    // 核算口径: the peak judged on energy and process CO2
    const scope = byTestId(page, 'field-accounting.peakScope=energyAndProcess');
    await scope.scrollIntoViewIfNeeded();
    // a controlled radio: checked once the edit is applied to the scenario, which may be after the click returns
    await scope.click();
    await expect.poll(() => byTestId(page, 'field-accounting.peakScope=energyAndProcess').isChecked(), { timeout: 15_000 }).toBe(true);
    await waitSaved(page);
    await byTestId(page, 'method-peakScope-energyAndProcess').screenshot({ path: join(SCREENSHOTS, 'industry-peak-scope.png') });

    // a sector target: 交通运输 peaks by 2030
    await byTestId(page, 'btn-add-target').click();
    const row = page.locator('tr[data-testid^="target-input-t-user-"]').last();
    await row.waitFor();
    const metric = row.locator('select.metric-select');
    await metric.selectOption('sectorPeakYear');
    const sector = row.locator('select.sector-select');
    await sector.waitFor();
    expect(await sector.inputValue()).toBe('industry');
    await sector.selectOption('transport');
    await row.locator('input[data-testid$=".value"]').fill('2030');
    await waitSaved(page);
    expect(await sector.inputValue()).toBe('transport');
    await row.screenshot({ path: join(SCREENSHOTS, 'industry-sector-target.png') });
    expect(s.errors).toEqual([]);
  });

  it('the panels in English', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 720 });
    await gotoLibrary(page, s.url);
    await byTestId(byTestId(page, 'library-row-shaoguan-policy'), 'row-link').click();
    await page.waitForURL(/#\/scenario\/shaoguan-policy/);
    await page.addStyleTag({ content: '.topbar { position: static !important; }' });
    await byTestId(page, 'btn-language').click();
    const panel = byTestId(page, 'industry-panel');
    await panel.scrollIntoViewIfNeeded();
    expect(await panel.textContent()).toContain('Key products');
    expect(await panel.textContent()).toContain('Process CO₂');
    // the English column heads are longer; the routes tables still fit without scrolling sideways
    const overflow = await panel.locator('table.industry-routes').evaluateAll((ts) => ts.map((t) => [t.dataset.testid, Math.max(0, t.parentElement!.scrollWidth - t.parentElement!.clientWidth - 1)]));
    expect(overflow.filter(([, d]) => d)).toEqual([]);
    await panel.screenshot({ path: join(SCREENSHOTS, 'industry-panel-en.png') });
    await byTestId(page, 'btn-language').click();
    expect(s.errors).toEqual([]);
  });
});
