import { describe, expect, it } from 'vitest';
import { RESULT_UNITS } from '../../../../shared/model/units';
import { TARGET_UNITS } from '../../../../shared/engine/targets';
import { makeFormatter, unitOf } from '../../../../renderer/components/results/format';
import { planName } from '../../../../renderer/components/plan-name';
import enResults from '../../../../renderer/i18n/locales/en/results.json';
import zhResults from '../../../../renderer/i18n/locales/zh/results.json';

const zhUnits = zhResults.units;
const enUnits = enResults.units;
const zh = makeFormatter('zh', (u) => zhUnits[u]);
const en = makeFormatter('en', (u) => enUnits[u]);

describe('number formatting', () => {
  it('uses the decimals of each unit', () => {
    expect(zh.withUnit(12345.678, 'wanTCo2')).toBe('12,345.7 万吨二氧化碳');
    expect(zh.withUnit(1.23456, 'tCo2PerWanYuan')).toBe('1.235 吨二氧化碳/万元');
    expect(zh.withUnit(0.5, 'tcePerWanYuan')).toBe('0.500 吨标准煤/万元');
    expect(zh.withUnit(23.45, 'pct')).toBe('23.5%');
    expect(zh.withUnit(812.34, 'wanTce')).toBe('812.3 万吨标准煤');
    expect(zh.withUnit(71.26, 'yiKWh')).toBe('71.3 亿千瓦时');
  });

  it('shows capacity (stored in MW) in 万千瓦 in Chinese and MW in English unless the settings say otherwise', () => {
    // 1,234.5 MW / 10 MW per 万千瓦 = 123.45 万千瓦, two decimals
    expect(zh.withUnit(1234.5, 'mw')).toBe('123.45 万千瓦');
    expect(zh.num(1234.5, 'mw')).toBe('123.45');
    expect(zh.shownUnit('mw')).toBe('wanKw');
    expect(zh.shown(1234.5, 'mw')).toBe(123.45);
    expect(zh.unit('mw')).toBe('万千瓦');
    // MW keeps no decimals: 1,234.5 rounds half away from zero to 1,235
    expect(en.withUnit(1234.5, 'mw')).toBe('1,235 MW');
    expect(en.shownUnit('mw')).toBe('mw');
    const zhInMW = makeFormatter('zh', (u) => zhUnits[u], 'mw');
    expect(zhInMW.withUnit(1234.5, 'mw')).toBe('1,235 MW');
    const enInWan = makeFormatter('en', (u) => enUnits[u], 'wanKw');
    // without trailing zeros, as the documents write '4万千瓦'
    expect(enInWan.withUnit(40, 'mw')).toBe('4 10⁴ kW');
    expect(zh.withUnit(25, 'mw')).toBe('2.5 万千瓦');
    // other units are never converted
    expect(zh.shown(1234.5, 'wanTCo2')).toBe(1234.5);
    expect(zh.shownUnit('wanTCo2')).toBe('wanTCo2');
  });

  it('never shows binary float noise', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary floating point
    expect(zh.num(0.1 + 0.2, 'tCo2PerWanYuan')).toBe('0.300');
    expect(zh.num(69.32030000000002, 'wanTCo2')).toBe('69.3');
    // 0.7000000000000001 MW (0.07 万千瓦 × 10) shows as 0.07 万千瓦
    expect(zh.num(0.07 * 10, 'mw')).toBe('0.07');
  });

  it('writes units in the UI language', () => {
    expect(en.withUnit(12345.678, 'wanTCo2')).toBe('12,345.7 10k tCO2');
    expect(en.withUnit(2.34, 'pp')).toBe('2.3 pp');
    expect(zh.withUnit(2.34, 'pp')).toBe('2.3 个百分点');
  });

  it('signs changes and never shows −0.0', () => {
    expect(zh.withUnit(-19.46, 'pct', { signed: true })).toBe('-19.5%');
    expect(zh.withUnit(3.21, 'pct', { signed: true })).toBe('+3.2%');
    expect(zh.num(-0.04, 'pct', { signed: true })).toBe('0.0');
    expect(zh.num(-0.0004, 'tCo2PerWanYuan')).toBe('0.000');
  });

  it('knows every unit the engine reports', () => {
    for (const u of [...Object.values(RESULT_UNITS), ...Object.values(TARGET_UNITS)]) expect(() => unitOf(u)).not.toThrow();
    expect(() => unitOf('kg')).toThrow(/kg/);
  });

  it('has a label for every unit in both languages', () => {
    expect(Object.keys(zhUnits).sort()).toEqual(Object.keys(enUnits).sort());
  });
});

describe('planName', () => {
  it.each([
    [13, '十三五', '13th FYP'],
    [14, '十四五', '14th FYP'],
    [15, '十五五', '15th FYP'],
    [20, '二十五', '20th FYP'],
    [21, '二十一五', '21st FYP'],
    [22, '二十二五', '22nd FYP'],
  ])('plan %i', (n, zhName, enName) => {
    expect(planName(n, 'zh')).toBe(zhName);
    expect(planName(n, 'en')).toBe(enName);
  });
});
