import { describe, expect, it } from 'vitest';
import { referenceById } from '../../seeds/reference/index';
import { PROCESS_FACTOR_REFS, processFactor, productBenchmark } from '../../seeds/reference/benchmarks';
import { PROCESS_KINDS } from '../../shared/model/vocabulary';

const v = (id: string) => referenceById(id)!.value!;

describe('industry and forest reference entries', () => {
  it('gives clinker the 2023 table\'s 标杆 100 and 基准 117 kgce/t, read from secondary summaries', () => {
    expect(productBenchmark('clinker')).toEqual({ benchmarkKgcePerT: 100, baselineKgcePerT: 117, benchmarkRef: 'bm-clinker-benchmark', baselineRef: 'bm-clinker-baseline' });
    expect(referenceById('bm-clinker-benchmark')!.source.document).toContain('发改产业〔2023〕723号');
    expect(referenceById('bm-clinker-benchmark')!.source.secondary).toBe(true);
  });

  it('turns the ceramic-tile levels per m² into kgce/t at 20 kg/m²', () => {
    // 4 kgce/m² ÷ 0.020 t/m² = 200 kgce/t; 7 ÷ 0.020 = 350
    expect(v('bm-ceramic-tile-benchmark')).toBeCloseTo(v('bm-ceramic-tile-benchmark-m2') / (v('ceramic-tile-mass') / 1000), 9);
    expect(v('bm-ceramic-tile-baseline')).toBeCloseTo(7 / 0.02, 9);
    expect(productBenchmark('ceramics')?.benchmarkKgcePerT).toBe(200);
  });

  it('marks every level taken from the 2023 table as secondary and says, in both languages, that the annex was not read', () => {
    const fromTable = ['bm-clinker-benchmark', 'bm-clinker-baseline', 'bm-ceramic-tile-benchmark-m2', 'bm-ceramic-tile-baseline-m2', 'bm-blast-furnace-benchmark', 'bm-blast-furnace-baseline'];
    for (const id of fromTable) {
      const e = referenceById(id)!;
      expect(e.source.document, id).toContain('发改产业〔2023〕723号');
      expect(e.source.secondary, id).toBe(true);
      expect(e.note, id).toContain('Not checked against the primary annex');
      expect(e.noteZh, id).toContain('未能与附件原文核对');
    }
    // the levels themselves are unchanged by the check: 100 / 117, 4 / 7 kgce/m², 361 / 435
    expect(fromTable.map(v)).toEqual([100, 117, 4, 7, 361, 435]);
    // the report of the 2021 edition also gives the other tile classes, which the presets do not use
    expect(referenceById('bm-ceramic-tile-benchmark-m2')!.note).toContain('0.5–10 % 3.7 / 4.6');
  });

  it('grinds cement at 34 kWh/t, the advanced value of the superseded GB 16780-2012, at 当量值', () => {
    // 34 kWh/t × 0.1229 kgce/kWh = 4.1786, entered as 4.2 kgce/t
    expect(v('cement-grinding-unit-energy')).toBeCloseTo(34 * 0.1229, 1);
    expect(referenceById('cement-grinding-unit-energy')!.note).toContain('GB 16780-2012');
    expect(referenceById('cement-grinding-unit-energy')!.basis).toBe('assumed');
  });

  it('has no whole-product levels for crude steel, cement, lead-zinc, copper foil, glass fibre or lime', () => {
    for (const k of ['crudeSteel', 'cement', 'leadZinc', 'copperFoil', 'glassFibre', 'lime', 'other'] as const) expect(productBenchmark(k), k).toBeUndefined();
  });

  it('holds the process factors: clinker 0.52 (IPCC) and 0.538 (provincial guideline), lime 0.683, carbonates by stoichiometry', () => {
    // IPCC Tier 1: 0.65 CaO × 44.01 / 56.08 × 1.02 (kiln dust) = 0.520
    expect(0.65 * (44.01 / 56.08) * 1.02).toBeCloseTo(v('proc-clinker-ipcc2006'), 2);
    expect(v('proc-clinker-cn')).toBe(0.538);
    expect(v('proc-lime-cn')).toBe(0.683);
    // CaCO3: 44.01 / 100.09 = 0.4397; CaMg(CO3)2: 88.02 / 184.40 = 0.4773
    expect(v('proc-limestone-ipcc2006')).toBeCloseTo(44.01 / 100.09, 2);
    expect(v('proc-dolomite-ipcc2006')).toBeCloseTo((2 * 44.01) / 184.4, 3);
    for (const k of PROCESS_KINDS) expect(processFactor(k).factorTCo2PerT, k).toBe(v(PROCESS_FACTOR_REFS[k]));
    expect(processFactor('clinker').factorTCo2PerT).toBe(0.538);
  });

  it('derives the northern Guangdong wood density and BEF as the fir and pine means', () => {
    // (0.307 + 0.380) / 2 = 0.3435; (1.634 + 1.472) / 2 = 1.553
    expect(v('north-gd-wood-density')).toBeCloseTo((0.307 + 0.38) / 2, 9);
    expect(v('north-gd-bef')).toBeCloseTo((1.634 + 1.472) / 2, 9);
    expect([v('ipcc2006-forest-carbon-fraction'), v('ipcc2006-root-shoot-subtropical-humid')]).toEqual([0.47, 0.2]);
    // gross growth 5 → 4 → 3 % (2020, 2035, 2060) less 2 % of losses: net 3 % a year in 2020, 1 % in 2060
    expect(referenceById('north-gd-forest-growth')!.points).toEqual([{ year: 2020, value: 5 }, { year: 2035, value: 4 }, { year: 2060, value: 3 }]);
    expect(v('north-gd-forest-loss')).toBe(2);
  });
});
