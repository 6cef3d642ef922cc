import { getAt } from '../../../shared/model/path';
import type { Scenario } from '../../../shared/model/scenario';
import { PEAK_SCOPES } from '../../../shared/model/vocabulary';
import { oneOf } from '../../i18n/keys';
import type { AssumptionField } from './assumptions';
import type { ReportText } from './report-text';

type ValueText = (v: unknown, unit: string, x: ReportText) => string;

/** The unit words of the inputs below, in the report's language. */
const UNIT: Record<string, (x: ReportText) => string> = {
  pct: () => '%',
  pctPerYear: (x) => x.t('assumptions.units.pctPerYear'),
  wanT: (x) => x.rt('units.wanT'),
  kgcePerT: (x) => x.rt('units.kgcePerT'),
  wanM3: (x) => x.rt('units.wanM3'),
  tPerT: (x) => x.t('industryFields.units.tPerT'),
  tPerM3: (x) => x.t('industryFields.units.tPerM3'),
  none: () => '',
};

const SECTOR_REPORTING = {
  constructionShareOfIndustryPct: 'pct',
  privateVehicleShareOfHouseholdOilPct: 'pct',
  industryValueAddedSharePct: 'pct',
} as const;
const FOREST = {
  coverPct: 'pct',
  baseStockWanM3: 'wanM3',
  grossGrowthPct: 'pctPerYear',
  lossPct: 'pctPerYear',
  woodDensityTPerM3: 'tPerM3',
  biomassExpansionFactor: 'none',
  rootShootRatio: 'none',
  carbonFraction: 'none',
} as const;
const PRODUCT = { outputWanT: 'wanT', benchmarkKgcePerT: 'kgcePerT', baselineKgcePerT: 'kgcePerT' } as const;
const ROUTE = { sharePct: 'pct', unitEnergyKgcePerT: 'kgcePerT', fuelSharesPct: 'none' } as const;
const PROCESS = { activityPerProductT: 'tPerT', activityWanT: 'wanT', factorTCo2PerT: 'tPerT' } as const;

const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> =>
  Object.prototype.hasOwnProperty.call(o, k);
const named = (p: { name: string; nameEn?: string } | undefined, x: ReportText, fallback: string) =>
  p ? (x.lang === 'en' && p.nameEn ? p.nameEn : p.name) : fallback;

/**
 * Label and value of an input of the industry, sector-reporting and forest parts of a scenario
 * (and of the peak scope), by its path; undefined for any other path. Items are named by their
 * name, never by their id.
 */
export function describeIndustryField(
  s: Scenario,
  path: string,
  x: ReportText,
  valueText: ValueText,
): AssumptionField | undefined {
  const value = getAt(s, path);
  const field = (label: string, unit: keyof typeof UNIT): AssumptionField => ({
    path,
    label,
    value: valueText(value, UNIT[unit]!(x), x),
  });
  if (path === 'accounting.peakScope') {
    return {
      path,
      label: x.t('industryFields.peakScope'),
      value: typeof value === 'string' && oneOf(PEAK_SCOPES, value) ? x.t(`sectors.scope.${value}`) : '',
    };
  }
  let m = /^sectorReporting\.(\w+)$/.exec(path);
  if (m && has(SECTOR_REPORTING, m[1]!))
    return field(x.t(`industryFields.sectorReporting.${m[1]}`), SECTOR_REPORTING[m[1]]);
  m = /^sinks\.forest\.(\w+)$/.exec(path);
  if (m && has(FOREST, m[1]!)) return field(x.t(`industryFields.forest.${m[1]}`), FOREST[m[1]]);
  m = /^industry\.products\[id=([^\]]+)\](?:\.(.+))?$/.exec(path);
  if (m) {
    const product = s.industry?.products.find((p) => p.id === m![1]);
    const name = named(product, x, x.t('assumptions.itemFields.removed'));
    const rest = m[2];
    if (!rest) return { path, label: name, value: '' };
    if (has(PRODUCT, rest))
      return field(
        x.t('assumptions.item', { item: name, field: x.t(`industryFields.product.${rest}`) }),
        PRODUCT[rest],
      );
    const r = /^routes\[(\d+)\]\.(\w+)$/.exec(rest);
    if (r && has(ROUTE, r[2]!)) {
      const route = named(product?.routes[Number(r[1])], x, r[1]!);
      return field(
        x.t('assumptions.item', { item: `${name}（${route}）`, field: x.t(`industryFields.route.${r[2]}`) }),
        ROUTE[r[2]],
      );
    }
    return undefined;
  }
  m = /^industry\.processEmissions\[id=([^\]]+)\](?:\.(\w+))?$/.exec(path);
  if (m) {
    const line = s.industry?.processEmissions.find((p) => p.id === m![1]);
    const name = named(line, x, x.t('assumptions.itemFields.removed'));
    const rest = m[2];
    if (!rest) return { path, label: name, value: '' };
    if (has(PROCESS, rest))
      return field(
        x.t('assumptions.item', { item: name, field: x.t(`industryFields.process.${rest}`) }),
        PROCESS[rest],
      );
  }
  return undefined;
}
