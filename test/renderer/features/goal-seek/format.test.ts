import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { leverFormat, metricText, smallText } from '../../../../renderer/features/goal-seek/format';

const t = ((key: string, o?: { unit?: string }) => (o?.unit ? `${o.unit}/年` : key)) as unknown as TFunction<'goalSeek'>;
// 万千瓦 as the capacity setting gives it: MW ÷ 10, two decimals
const wan = { label: '万千瓦', format: (mw: number) => (mw / 10).toFixed(2) };

describe('goal-seek formatting', () => {
  it('a lever in the planner unit: build-out per year in the capacity setting, declines and shares to 0.01, the grid factor to 0.0001', () => {
    const pv = leverFormat({ lever: 'pvBuildout' }, 'zh-CN', wan, t);
    expect(`${pv.format(123.4)} ${pv.unit}`).toBe('12.34 万千瓦/年');
    expect(leverFormat({ lever: 'intensityDecline' }, 'zh-CN', wan, t).format(2.2949)).toBe('2.29');
    expect(leverFormat({ lever: 'gridFactor' }, 'zh-CN', wan, t).format(0.26471)).toBe('0.2647');
    expect(leverFormat({ projectCapacity: 'p' }, 'zh-CN', wan, t).unit).toBe('万千瓦');
    // a bisection's bracket: two significant digits, so 0.00096 does not read as 0.00
    expect(leverFormat({ lever: 'intensityDecline' }, 'en-GB', wan, t).small!(0.00096)).toBe('0.00096');
  });

  it('a metric by its unit: % to 0.01, intensities to 0.0001, totals to 0.1, a year as it is', () => {
    expect(metricText(35.0049, '%', 'zh-CN')).toBe('35.00 %');
    expect(metricText(1.15912, 'tCO2/万元', 'zh-CN')).toBe('1.1591 tCO2/万元');
    expect(metricText(2483.61, '万tCO2', 'zh-CN')).toBe('2,483.6 万tCO2');
    expect(metricText(2030, '年', 'zh-CN')).toBe('2030');
    expect(smallText(0.0734, '万tCO2', 'en-GB', 'percentage points')).toBe('0.073 万tCO2');
    expect(smallText(0.00498, '%', 'zh-CN', '个百分点')).toBe('0.005 个百分点');
  });
});
