import { describe, expect, it } from 'vitest';
import type { YearResult } from '../../../shared/engine/results';
import { energyPeak, planYears, sectorShares } from '../../../shared/engine/study-tables';

const y = (year: number, energy: number, bySector?: Partial<YearResult['energyBySector']>) =>
  ({
    year,
    energy,
    energyBySector: { industry: 0, services: 0, transport: 0, households: 0, agriculture: 0, ...bySector },
  }) as unknown as YearResult;

describe('energyPeak', () => {
  it('the highest year, the first of equal ones', () => {
    // 100, 120, 120, 110: highest 120, first reached in 2021
    expect(energyPeak([y(2020, 100), y(2021, 120), y(2022, 120), y(2023, 110)])).toEqual({ year: 2021, value: 120, withinHorizon: true });
  });
  it('still rising in the last year: not within the horizon', () => {
    expect(energyPeak([y(2020, 100), y(2021, 110)])).toEqual({ year: 2021, value: 110, withinHorizon: false });
  });
});

describe('planYears', () => {
  it('base year, years ending a five-year plan, last year', () => {
    // 2022–2033: 2022 (base), 2025, 2030, 2033 (last)
    const years = Array.from({ length: 12 }, (_, i) => y(2022 + i, 1));
    expect(planYears(years)).toEqual([2022, 2025, 2030, 2033]);
  });
});

describe('sectorShares', () => {
  it('shares of the total; energy in no sector as its own row', () => {
    // total 200: industry 120 → 60 %, services 40 → 20 %, households 30 → 15 %, the 10 left → 5 %
    const s = sectorShares(y(2025, 200, { industry: 120, services: 40, households: 30 }));
    expect(s.sectors.industry).toBeCloseTo(60, 12);
    expect(s.sectors.services).toBeCloseTo(20, 12);
    expect(s.sectors.households).toBeCloseTo(15, 12);
    expect(s.sectors.transport).toBe(0);
    expect(s.outside).toBeCloseTo(5, 12);
  });
});
