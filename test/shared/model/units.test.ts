import { describe, expect, it } from 'vitest';
import { capacityFromMW, capacityToMW, wanTceToYiKWh } from '../../../shared/model/units';

describe('capacity units', () => {
  it('1 万千瓦 is 10^4 kW = 10 MW', () => {
    expect(capacityToMW(1, 'wanKw')).toBe(10);
    expect(capacityFromMW(10, 'wanKw')).toBe(1);
    // a 40 MW PV station is the documents' 4 万千瓦
    expect(capacityFromMW(40, 'wanKw')).toBe(4);
  });

  it('MW is the stored unit: no conversion', () => {
    expect(capacityToMW(123.4, 'mw')).toBe(123.4);
    expect(capacityFromMW(123.4, 'mw')).toBe(123.4);
  });

  it('leaves no binary noise: 0.07 万千瓦 is 0.7 MW, 0.3 MW is 0.03 万千瓦', () => {
    // plain float arithmetic gives 0.7000000000000001 here
    expect(0.07 * 10).not.toBe(0.7);
    expect(capacityToMW(0.07, 'wanKw')).toBe(0.7);
    expect(capacityFromMW(0.3, 'wanKw')).toBe(0.03);
    expect(capacityToMW(capacityFromMW(33.3, 'wanKw'), 'wanKw')).toBe(33.3);
  });

  it('keeps zero and non-finite values', () => {
    expect(capacityToMW(0, 'wanKw')).toBe(0);
    expect(capacityFromMW(Number.NaN, 'wanKw')).toBeNaN();
  });

  it('electricity: 1 万tce at 0.1229 kgce/kWh is 10^7 / 0.1229 kWh = 0.8137 亿kWh', () => {
    expect(wanTceToYiKWh(1, 0.1229)).toBeCloseTo(0.81367, 5);
  });
});
