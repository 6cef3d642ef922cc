import { describe, expect, it } from 'vitest';
import { CAPACITY_STORAGE_KEY, capacityUnitFor, getCapacityPreference, setCapacityPreference } from '../../../../renderer/features/settings/capacity-unit';

describe('capacity unit setting', () => {
  it('by language: 万千瓦 in Chinese, as the planning documents write it; MW in English', () => {
    expect(capacityUnitFor('zh', 'auto')).toBe('wanKw');
    expect(capacityUnitFor('en', 'auto')).toBe('mw');
  });

  it('a chosen unit holds in either language', () => {
    expect(capacityUnitFor('zh', 'mw')).toBe('mw');
    expect(capacityUnitFor('en', 'wanKw')).toBe('wanKw');
  });

  it('is kept where the first paint can read it', () => {
    setCapacityPreference('mw');
    expect(getCapacityPreference()).toBe('mw');
    expect(localStorage.getItem(CAPACITY_STORAGE_KEY)).toBe('mw');
    setCapacityPreference('auto');
  });
});
