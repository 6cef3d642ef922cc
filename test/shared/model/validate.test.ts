import { describe, expect, it } from 'vitest';
import { formatPath, validateScenario, type ScenarioIssue } from '../../../shared/model/validate';
import { bodyOf, ISSUE_CODES, type IssueBody } from '../../../shared/model/issue-codes';
import { FUELS, SECTORS, type PlanSector } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen, json, pumped } from '../build';

// Untrusted input is plain JSON of any shape; tests edit it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The issues of the round scenario (as loaded from JSON) after `edit`; fails if it validates. */
function issuesOf(edit: (s: Loose) => void): ScenarioIssue[] {
  const s: Loose = json(makeScenario());
  edit(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}

/** Exactly one issue, at `path`: what it says (code and parameters). */
function onlyIssue(edit: (s: Loose) => void, path: string): IssueBody {
  const issues = issuesOf(edit);
  expect(issues.map((i) => i.path)).toEqual([path]);
  return bodyOf(issues[0]!);
}

const said = (code: string, params: Record<string, unknown> = {}) => ({ code, params });
const names = (...items: string[]) => ({ items, more: 0 });

const target = <M extends string>(id: string, metric: M, extra: { fromYear?: number; year?: number; value?: number; sector?: PlanSector } = {}) => ({
  id, label: id, metric, year: 2025, value: 10, binding: true, source: assumed, ...extra,
});

describe('validateScenario: valid input', () => {
  it('the round scenario passes and comes back as parsed', () => {
    const input = json(makeScenario());
    const r = validateScenario(input);
    expect(r).toEqual({ ok: true, scenario: input });
  });

  it('a scenario with projects, storage, expressions and targets passes', () => {
    const r = validateScenario(json(makeScenario((s) => {
      s.electricity.fleet = [gen('coal-1', 'coal', 600, 4500, 2010, { retirementYear: 2028 })];
      s.electricity.projects = [gen('pv-1', 'pv', 100, { expr: 'interp(2024, 1100, 2030, 1200)' }, 2024)];
      s.electricity.pumpedStorage = [pumped('ps-1', 1200, 6, 75, 250, 2027)];
      s.economy.gdpGrowthPct = [{ year: 2021, value: 6 }, { year: 2030, value: 4.5 }];
      s.populationWan = { expr: 'growth(0.5)', baseValue: 50 };
      s.targets = [target('t1', 'co2IntensityReduction', { fromYear: 2020, value: 18 }), target('t2', 'peakYear', { year: 2030, value: 2030 })];
    })));
    expect(r.ok).toBe(true);
  });
});

describe('validateScenario: each bad input has its own issue at its field path', () => {
  it('negative capacity', () => {
    const msg = onlyIssue((s) => { s.electricity.projects = [{ ...gen('pv-1', 'pv', 100, 1200, 2024), capacityMW: -5 }]; }, 'electricity.projects[0].capacityMW');
    expect(msg).toEqual(said('value.negative'));
  });

  it('fuel shares not adding up to 100 %: names the sum and the year', () => {
    // industry coal 60 → 50: the fuels add up to 90
    const msg = onlyIssue((s) => { s.energy.sectors.industry.fuelSharesPct.coal = 50; }, 'energy.sectors.industry.fuelSharesPct');
    expect(msg).toEqual(said('shares.fuelSum', { sum: 90, year: 2020 }));
  });

  it('fuel shares that drift off 100 % in a later year name that year', () => {
    // coal 60 % until 2026, then 5 points more each year: 2027 sums to 105
    const msg = onlyIssue((s) => {
      s.energy.sectors.industry.fuelSharesPct.coal = [{ year: 2026, value: 60 }, { year: 2030, value: 80 }];
    }, 'energy.sectors.industry.fuelSharesPct');
    expect(msg).toEqual(said('shares.fuelSum', { sum: expect.closeTo(105, 9), year: 2027 }));
  });

  it('sector shares not adding up to 100 %', () => {
    const msg = onlyIssue((s) => { s.energy.sectors.industry.sharePct = 90; }, 'energy.sectors');
    expect(msg).toEqual(said('shares.sectorSum', { sum: 90, year: 2020 }));
  });

  it('shares within 0.05 points of 100 pass (rounded statistics)', () => {
    expect(validateScenario(json(makeScenario((s) => { s.energy.sectors.industry.fuelSharesPct.coal = 60.04; }))).ok).toBe(true);
  });

  it('an unknown fuel is named and the fuels are listed', () => {
    const msg = onlyIssue((s) => { s.energy.sectors.industry.fuelSharesPct.diesel = 0; }, 'energy.sectors.industry.fuelSharesPct');
    expect(msg).toEqual(said('schema.unknownFuel', { keys: names('diesel'), allowed: FUELS }));
  });

  it('an unknown sector is named; an unknown field elsewhere too', () => {
    expect(onlyIssue((s) => { s.energy.sectors.mining = s.energy.sectors.industry; }, 'energy.sectors'))
      .toEqual(said('schema.unknownSector', { keys: names('mining'), allowed: SECTORS }));
    expect(onlyIssue((s) => { s.economy.gdpGrowth = 5; }, 'economy')).toEqual(said('schema.unknownField', { keys: names('gdpGrowth') }));
  });

  it('end year before the base year', () => {
    const issues = issuesOf((s) => { s.endYear = 2019; });
    expect(issues[0]).toEqual({ path: 'endYear', ...said('year.endNotAfterBase', { end: 2019, base: 2020 }) });
    expect(issues.every((i) => i.path === 'endYear')).toBe(true);
  });

  it('end year outside 2030–2060', () => {
    const outside = said('year.endRange', { min: 2030, max: 2060 });
    expect(onlyIssue((s) => { s.endYear = 2065; }, 'endYear')).toEqual(outside);
    expect(onlyIssue((s) => { s.endYear = 2025; }, 'endYear')).toEqual(outside);
    expect(validateScenario(json(makeScenario((s) => { s.endYear = 2060; }))).ok).toBe(true);
  });

  it('an expression with a syntax error: the position', () => {
    const msg = onlyIssue((s) => { s.economy.gdpGrowthPct = { expr: 'interp(2021, 6,, 2030, 4.5)' }; }, 'economy.gdpGrowthPct.expr');
    expect(msg).toEqual(said('expr.errorAt', { position: 16, error: said('expr.syntax', { detail: 'Value expected' }) }));
  });

  it('an expression with an unknown variable: the name', () => {
    const msg = onlyIssue((s) => { s.economy.gdpGrowthPct = { expr: '5 + gdp' }; }, 'economy.gdpGrowthPct.expr');
    expect(msg).toEqual(said('expr.errorAt', { position: 5, error: said('expr.unknownVariable', { name: 'gdp' }) }));
  });

  it.each(['import("fs")', 'evaluate("1")', 'parse("1")', 'createUnit("x")', 'simplify("x")', 'derivative("x^2", "x")'])(
    'a forbidden function is rejected: %s',
    (expr) => {
      const msg = onlyIssue((s) => { s.energy.intensityDeclinePct = { expr }; }, 'energy.intensityDeclinePct.expr');
      const name = expr.slice(0, expr.indexOf('('));
      expect(msg).toEqual(said('expr.errorAt', { position: 1, error: said('expr.unknownFunction', { name }) }));
    },
  );

  it('an expression that fails when evaluated names the year', () => {
    const msg = onlyIssue((s) => { s.electricity.gridEmissionFactor = { expr: '1 / (year - 2027)' }; }, 'electricity.gridEmissionFactor.expr');
    expect(msg).toEqual(said('expr.value', { value: Infinity, year: 2027 }));
  });

  it('a string where a number is expected: the types, not "missing"', () => {
    const type = (expected: string, got: string) => said('schema.type', { expected, got });
    expect(onlyIssue((s) => { s.economy.baseGdpYiYuan = '100'; }, 'economy.baseGdpYiYuan')).toEqual(type('number', 'string'));
    expect(onlyIssue((s) => { s.electricity.projects = [{ ...gen('pv-1', 'pv', 100, 1200), capacityMW: '100' }]; }, 'electricity.projects[0].capacityMW'))
      .toEqual(type('number', 'string'));
    expect(onlyIssue((s) => { s.electricity.fleet = [{ ...gen('pv-1', 'pv', 100, 1200), included: 'yes' }]; }, 'electricity.fleet[0].included'))
      .toEqual(type('boolean', 'string'));
    expect(onlyIssue((s) => { s.targets = 'none'; }, 'targets')).toEqual(type('array', 'string'));
    expect(onlyIssue((s) => { s.economy.baseGdpYiYuan = null; }, 'economy.baseGdpYiYuan')).toEqual(type('number', 'null'));
  });

  it('a missing field says so', () => {
    expect(onlyIssue((s) => { delete s.economy.baseGdpYiYuan; }, 'economy.baseGdpYiYuan')).toEqual(said('schema.missing', { expected: 'number' }));
    expect(onlyIssue((s) => { delete s.conventions; }, 'conventions')).toEqual(said('schema.missing', { expected: 'object' }));
  });

  it('a year that is not whole', () => {
    expect(onlyIssue((s) => { s.baseYear = 2020.5; }, 'baseYear')).toEqual(said('value.wholeYear'));
  });

  it('a series of the wrong shape lists the three forms', () => {
    const msg = onlyIssue((s) => { s.energy.sectors.industry.fuelSharesPct.coal = 'lots'; }, 'energy.sectors.industry.fuelSharesPct.coal');
    expect(msg).toEqual(said('schema.series'));
  });

  it('a point list with a bad point names the point', () => {
    expect(onlyIssue((s) => { s.economy.gdpGrowthPct = [{ year: 2021, value: 6 }, { year: 2030 }]; }, 'economy.gdpGrowthPct[1].value'))
      .toEqual(said('schema.missing', { expected: 'number' }));
    expect(onlyIssue((s) => { s.economy.gdpGrowthPct = [{ year: 2021.5, value: 6 }]; }, 'economy.gdpGrowthPct[0].year')).toEqual(said('value.wholeYear'));
    expect(onlyIssue((s) => { s.economy.gdpGrowthPct = []; }, 'economy.gdpGrowthPct')).toEqual(said('series.noPoints'));
    expect(onlyIssue((s) => { s.economy.gdpGrowthPct = { expr: 5 }; }, 'economy.gdpGrowthPct.expr')).toEqual(said('schema.type', { expected: 'string', got: 'number' }));
  });

  it('point-list years that do not increase: one issue, no knock-on range error', () => {
    const msg = onlyIssue((s) => { s.populationWan = [{ year: 2020, value: 50 }, { year: 2020, value: 51 }]; }, 'populationWan[1].year');
    expect(msg).toEqual(said('series.yearsIncrease'));
    expect(onlyIssue((s) => { s.populationWan = { expr: 'year +' }; }, 'populationWan.expr')).toMatchObject(said('expr.errorAt', { position: 7 }));
  });

  it('duplicate ids among plants and storage, and among targets', () => {
    expect(onlyIssue((s) => { s.electricity.projects = [gen('pv-1', 'pv', 100, 1200), gen('pv-1', 'wind', 50, 2000)]; }, 'electricity.projects[1].id'))
      .toEqual(said('id.duplicate', { id: 'pv-1' }));
    expect(onlyIssue((s) => {
      s.electricity.fleet = [gen('x', 'coal', 100, 4000)];
      s.electricity.pumpedStorage = [pumped('x', 100, 6, 75, 200)];
    }, 'electricity.pumpedStorage[0].id')).toEqual(said('id.duplicate', { id: 'x' }));
    expect(onlyIssue((s) => { s.targets = [target('t', 'co2Cap'), target('t', 'energyCap')]; }, 'targets[1].id')).toEqual(said('id.duplicate', { id: 't' }));
  });

  it('utilisation hours above the 8,760 hours of a year', () => {
    const msg = onlyIssue((s) => { s.electricity.projects = [gen('pv-1', 'pv', 100, [{ year: 2020, value: 1200 }, { year: 2030, value: 9000 }])]; }, 'electricity.projects[0].utilisationHours');
    // 1200 + (9000 − 1200) × 10/10 = 9000 in 2030; 2029: 1200 + 7800 × 0.9 = 8220 (fine)
    expect(msg).toEqual(said('value.range', { bound: 'atMost', limit: 8760, value: 9000, year: 2030 }));
  });

  it('pumped storage running more than a year', () => {
    // 10 h × 900 cycles = 9,000 h, over the 8,760 of a year
    expect(onlyIssue((s) => { s.electricity.pumpedStorage = [pumped('ps', 100, 10, 75, 900)]; }, 'electricity.pumpedStorage[0].annualCycles'))
      .toEqual(said('storage.cycles'));
  });

  it('a retirement year not after commissioning', () => {
    expect(onlyIssue((s) => { s.electricity.fleet = [gen('c', 'coal', 100, 4000, 2015, { retirementYear: 2015 })]; }, 'electricity.fleet[0].retirementYear'))
      .toEqual(said('year.retirement'));
  });

  it('a reduction target without fromYear', () => {
    expect(onlyIssue((s) => { s.targets = [target('t', 'co2IntensityReduction')]; }, 'targets[0].fromYear')).toEqual(said('target.fromYearNeeded'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'energyIntensityReduction')]; }, 'targets[0].fromYear')).toEqual(said('target.fromYearNeeded'));
  });

  it('other target checks', () => {
    expect(onlyIssue((s) => { s.targets = [target('t', 'co2IntensityReduction', { fromYear: 2025 })]; }, 'targets[0].fromYear')).toEqual(said('target.fromYearNotBefore'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'nonFossilShare', { value: 120 })]; }, 'targets[0].value')).toEqual(said('target.share'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'co2Cap', { value: 0 })]; }, 'targets[0].value')).toEqual(said('target.capPositive'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'growth')]; }, 'targets[0].metric'))
      .toEqual(said('schema.oneOf', { options: ['co2IntensityReduction', 'energyIntensityReduction', 'nonFossilShare', 'energyCap', 'co2Cap', 'peakYear', 'co2Budget', 'sectorPeakYear', 'sectorIntensityReduction', 'forestCover', 'forestStock'] }));
    // a sector target names its sector; an intensity one is industry's and needs its value added; a forest one the forest
    expect(onlyIssue((s) => { s.targets = [target('t', 'sectorPeakYear', { value: 2030 })]; }, 'targets[0].sector')).toEqual(said('target.sectorNeeded'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'sectorIntensityReduction', { fromYear: 2020, sector: 'transport' })]; }, 'targets[0].sector'))
      .toEqual(said('target.sectorIntensityIndustryOnly'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'sectorIntensityReduction', { fromYear: 2020, sector: 'industry' })]; }, 'targets[0].metric'))
      .toEqual(said('target.valueAddedNeeded'));
    expect(onlyIssue((s) => { s.targets = [target('t', 'forestStock', { value: 9700 })]; }, 'targets[0].metric')).toEqual(said('target.forestNeeded'));
  });

  it('an unknown source kind lists the kinds (not the series forms)', () => {
    const msg = onlyIssue((s) => { s.sources = { populationWan: { kind: 'guess', reason: 'x' } }; }, 'sources.populationWan.kind');
    expect(msg).toEqual(said('schema.oneOfGot', { options: ['document', 'reference', 'assumed', 'user'], got: '"guess"' }));
  });

  it('out-of-range series values name the value and the year', () => {
    expect(onlyIssue((s) => { s.electricity.gridEmissionFactor = 2.5; }, 'electricity.gridEmissionFactor'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 2, value: 2.5, year: 2020 }));
    // 60 from 2026, against GDP growth's bound of 50
    expect(onlyIssue((s) => { s.economy.gdpGrowthPct = { expr: 'year > 2025 ? 60 : 5' }; }, 'economy.gdpGrowthPct'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 50, value: 60, year: 2026 }));
  });

  it('collects every problem in one pass', () => {
    const issues = issuesOf((s) => {
      s.energy.sectors.industry.fuelSharesPct.coal = 50;
      s.energy.intensityDeclinePct = { expr: 'x' };
      s.electricity.projects = [gen('a', 'pv', 1, 9999), gen('a', 'pv', 1, 1)];
      s.targets = [target('t', 'co2IntensityReduction')];
    });
    expect(issues.map((i) => i.path).sort()).toEqual([
      'electricity.projects[0].utilisationHours',
      'electricity.projects[1].id',
      'energy.intensityDeclinePct.expr',
      'energy.sectors.industry.fuelSharesPct',
      'targets[0].fromYear',
    ]);
  });
});

describe('issues are never zod\'s bare "Invalid input"', () => {
  const edits: ((s: Loose) => void)[] = [
    (s) => { s.economy.baseGdpYiYuan = '100'; },
    (s) => { s.economy.baseGdpYiYuan = -1; },
    (s) => { s.populationWan = null; },
    (s) => { s.populationWan = [{ year: 'x', value: 1 }]; },
    (s) => { s.populationWan = { exp: '1' }; },
    (s) => { s.energy.inputConvention = 'both'; },
    (s) => { s.schemaVersion = 1; },
    (s) => { s.id = 'has space'; },
    (s) => { s.region = 'x'; },
    (s) => { s.sources = { a: { kind: 'document', file: 'f', line: 0 } }; },
    (s) => { s.sources = { a: { kind: 'nope' } }; },
    (s) => { s.sources = { a: 5 }; },
    (s) => { s.electricity.pumpedStorage = [{ ...pumped('p', 1, 1, 75, 1), roundTripEfficiencyPct: 0 }]; },
    (s) => { s.electricity.fleet = [{ ...gen('g', 'coal', 1, 1), type: 'nuclear' }]; },
    (s) => { s.electricity.fleet = [{ ...gen('g', 'coal', 1, 1), commissioningYear: 1900 }]; },
    (s) => { s.electricity.fleet = [5]; },
    (s) => { s.targets = [{}]; },
  ];
  it.each(edits.map((e, i) => [i, e] as const))('case %i', (_i, edit) => {
    for (const issue of issuesOf(edit)) {
      // a code of the vocabulary, not the one that passes zod's own words on
      expect(Object.keys(ISSUE_CODES)).toContain(issue.code);
      expect(issue.code).not.toBe('schema.other');
      expect(issue.path).not.toBe('');
    }
  });
});

describe('formatPath', () => {
  it('joins keys with dots and indices in brackets', () => {
    expect(formatPath(['electricity', 'projects', 3, 'capacityMW'])).toBe('electricity.projects[3].capacityMW');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});

describe('expressions that reach a bound exactly', () => {
  it('a share phased out with interp(…, 0) validates (it is 0, not −4e-16, in the last year)', () => {
    // industry: oil 3.7 → 0 by 2030, coal 56.3 → 60 to compensate; sums stay 100 within rounding
    const r = validateScenario(json(makeScenario((s) => {
      s.energy.sectors.industry.fuelSharesPct = {
        coal: { expr: 'interp(2021, 56.3, 2030, 60)' }, oil: { expr: 'interp(2021, 3.7, 2030, 0)' },
        gas: 0, electricity: 40, heat: 0, biomass: 0,
      };
    })));
    expect(r.ok ? [] : r.issues).toEqual([]);
  });
});

describe('range issues carry the offending value', () => {
  it('a value just past a bound, as computed (its text shows enough digits: test/renderer/i18n)', () => {
    // 0.3 − 0.1 × 3 = −5.55e-17 in floating point: below 0, though it rounds to 0
    const msg = onlyIssue((s) => { s.electricity.importedNonFossilSharePct = { expr: '0.3 - 0.1 * 3' }; }, 'electricity.importedNonFossilSharePct');
    expect(msg).toEqual(said('value.range', { bound: 'atLeast', limit: 0, value: 0.3 - 0.1 * 3, year: 2020 }));
    expect(0.3 - 0.1 * 3).toBeCloseTo(-5.55e-17, 19);
  });
});

describe('sources in two languages', () => {
  const bilingual = {
    a: { kind: 'assumed', reason: 'provincial average', reasonZh: '参照全省平均', basis: 'line 91', basisZh: '第 91 行' },
    d: { kind: 'document', file: '000_cf0eda570017d74c.txt', line: 91, quote: '三次产业比重', note: 'Derived.', noteZh: '推算值。' },
    r: { kind: 'reference', refId: 'gd-nonfossil-2030', citation: 'Guangdong target', citationZh: '广东省目标', year: 2022, note: 'For comparison.', noteZh: '仅供对比。' },
  };

  it('accepts the Chinese forms and keeps them', () => {
    const input = json(makeScenario((s) => { s.sources = { ...s.sources, ...bilingual } as typeof s.sources; }));
    const r = validateScenario(input);
    expect(r).toEqual({ ok: true, scenario: input });
    if (r.ok) expect(r.scenario.sources.a).toMatchObject({ reasonZh: '参照全省平均', basisZh: '第 91 行' });
  });

  it('still accepts sources written before the Chinese forms existed', () => {
    const input = json(makeScenario((s) => {
      s.sources = { ...s.sources, a: { kind: 'assumed', reason: 'x', basis: 'y' }, d: { kind: 'document', file: 'f.txt', line: 1, note: 'n' } };
    }));
    expect(validateScenario(input).ok).toBe(true);
  });

  it('rejects an empty or non-text Chinese form at its path', () => {
    expect(onlyIssue((s) => { s.sources = { a: { kind: 'assumed', reason: 'x', reasonZh: '' } }; }, 'sources.a.reasonZh')).toEqual(said('text.empty'));
    onlyIssue((s) => { s.sources = { a: { kind: 'document', file: 'f', line: 1, noteZh: 5 } }; }, 'sources.a.noteZh');
    onlyIssue((s) => { s.sources = { a: { kind: 'reference', refId: 'r', citation: 'c', citationZh: '' } }; }, 'sources.a.citationZh');
    onlyIssue((s) => { s.sources = { a: { kind: 'assumed', reason: 'x', basisZh: 7 } }; }, 'sources.a.basisZh');
  });
});
