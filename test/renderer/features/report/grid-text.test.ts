import { describe, expect, it } from 'vitest';
import { gridPublishedText, gridSourceText } from '../../../../renderer/features/report/grid-text';
import { reportText } from '../../../../renderer/features/report/report-text';
import type { GridFactorScope } from '../../../../shared/model/vocabulary';
import { presetScenario } from '../results/preset';

const zh = reportText('zh');
const en = reportText('en');

const onScope = (scope: GridFactorScope, series?: number) => {
  const s = presetScenario();
  s.accounting = { ...s.accounting, gridFactorScope: scope };
  if (series !== undefined) s.electricity.gridEmissionFactor = series;
  return s;
};

describe('the methods page’s published grid factors, from the reference library', () => {
  it('provincial: Guangdong 2021 0.4715 and 2022 0.4403 (secondary), 2023 not found and assumed 0.46; the preset follows them by data year', () => {
    const text = gridPublishedText(onScope('provincial'), zh);
    expect(text).toBe(
      '已公布（按数据年份，转引自二手来源）：2021 年数据 0.4715，2022 年数据 0.4403，2023 年数据未找到（本工具假设 0.46）。' +
        '本情景的序列与该公布序列一致（核算年份 = 数据年份），其后为假设路径。',
    );
  });

  it('national: 2021–2023 with the 2023 companion factors; a flat series typed in is said to differ', () => {
    const text = gridPublishedText(onScope('national', 0.55), en);
    expect(text).toBe(
      'Published, by data year (from secondary sources): 0.5568 (2021 data), 0.5366 (2022 data), 0.5306 (2023 data), ' +
        '0.6096 for 2023 excluding market-traded non-fossil electricity, 0.8273 for fossil generation only. ' +
        "This scenario's series differs from the published ones (edited by hand).",
    );
  });

  it('the Southern grid: the preset’s Guangdong series is said to follow the provincial factors instead', () => {
    expect(gridPublishedText(onScope('regionalGrid'), zh)).toBe(
      '已公布（按数据年份，转引自二手来源）：2021 年数据 0.4326，2022 年数据 0.3869，2023 年数据 0.4042。本情景的序列按省级因子（广东）的公布值取值，与所选口径不一致。',
    );
    expect(gridPublishedText(onScope('custom'), zh)).toBe('由用户自行设定。');
  });

  it('names the announcements by data year and the lag as this tool’s convention', () => {
    // 2021 and 2022 data announced in 2024, 2023 data in 2025; the lag entry's 2 years
    expect(gridSourceText(zh)).toBe(
      '生态环境部、国家统计局公布的电力二氧化碳排放因子，按数据年份：2021 年数据 2024 年公布，2022 年数据 2024 年公布，2023 年数据 2025 年公布。如按数据年份滞后 2 年取用，为本工具约定，非文件规定。',
    );
  });
});
