import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, readDraft, readNumber, type BasicsDraft } from '../../../../renderer/features/library/basics-draft';

const draft = (patch: Partial<BasicsDraft>): BasicsDraft => ({ ...EMPTY_DRAFT, regionName: '阳山县', gdpYiYuan: '160', energy: '60', ...patch });

describe('readNumber', () => {
  it('reads numbers as planners type them: full-width digits, thousands separators; blank is nothing', () => {
    expect(readNumber('１６０．５')).toBe(160.5);
    expect(readNumber('1,234')).toBe(1234);
    expect(readNumber(' ')).toBeUndefined();
    expect(readNumber('abc')).toBeNaN();
  });
});

describe('readDraft', () => {
  it('an intensity instead of a total', () => {
    const r = readDraft(draft({ energyKind: 'intensity', energy: '0.375' }), '阳山');
    expect('basics' in r && r.basics.energy).toEqual({ intensityTcePerWanYuan: 0.375 });
  });

  it('sector shares: all five adding up to 100 (within 0.05), or none', () => {
    const shares = { industry: '50', services: '20', transport: '15', households: '10', agriculture: '5' };
    const ok = readDraft(draft({ sectorSharesPct: shares }), 'x');
    expect('basics' in ok && ok.basics.sectorSharesPct).toEqual({ industry: 50, services: 20, transport: 15, households: 10, agriculture: 5 });
    // 50 + 20 + 15 + 10 + 6 = 101
    expect(readDraft(draft({ sectorSharesPct: { ...shares, agriculture: '6' } }), 'x')).toEqual({ errors: { sectorSharesPct: 'sectorSum' } });
    expect(readDraft(draft({ sectorSharesPct: { ...shares, agriculture: '' } }), 'x')).toEqual({ errors: { sectorSharesPct: 'sectorSum' } });
  });

  it('names each field that is missing or not above 0, and a target year outside the horizon', () => {
    const r = readDraft(
      draft({
        gdpYiYuan: '',
        energy: '0',
        plants: [{ type: 'pv', capacityMW: '' }],
        targets: [{ metric: 'co2IntensityReduction', fromYear: '2020', year: '2019', value: '18', binding: true }],
      }),
      'x',
    );
    expect(r).toEqual({ errors: { gdpYiYuan: 'required', energy: 'positive', 'plants.0.capacityMW': 'required', 'targets.0.year': 'year', 'targets.0.fromYear': 'year' } });
  });

  it('the region without empty texts; targets with their years and binding', () => {
    const r = readDraft(
      draft({ parentRegion: ' ', level: 'city', targets: [{ metric: 'peakYear', fromYear: '', year: '2030', value: '2030', binding: false }] }),
      '阳山',
    );
    expect('basics' in r && r.basics.region).toEqual({ name: '阳山县', level: 'city' });
    expect('basics' in r && r.basics.targets).toEqual([{ metric: 'peakYear', year: 2030, value: 2030, binding: false, label: '' }]);
  });
});
