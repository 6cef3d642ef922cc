import type { Basics, BasicsPlant, BasicsTarget } from '../../../shared/model/from-basics';
import { BASE_YEAR_RANGE, END_YEAR_RANGE } from '../../../shared/model/ops-horizon';
import {
  SECTORS,
  type GeneratorType,
  type RegionLevel,
  type Sector,
  type TargetMetric,
} from '../../../shared/model/vocabulary';

/** The guided start's form as typed (strings), read into `Basics` when submitted. */
export type PlantDraft = { type: GeneratorType; capacityMW: string };
export type TargetDraft = { metric: TargetMetric; fromYear: string; year: string; value: string; binding: boolean };

export type BasicsDraft = {
  regionName: string;
  level: RegionLevel | '';
  parentRegion: string;
  baseYear: number;
  endYear: number;
  gdpYiYuan: string;
  energyKind: 'total' | 'intensity';
  energy: string;
  electricityUseYiKWh: string;
  sectorSharesPct: Record<Sector, string>;
  plants: PlantDraft[];
  targets: TargetDraft[];
};

export const EMPTY_DRAFT: BasicsDraft = {
  regionName: '',
  level: 'county',
  parentRegion: '',
  baseYear: 2020,
  endYear: 2035,
  gdpYiYuan: '',
  energyKind: 'total',
  energy: '',
  electricityUseYiKWh: '',
  sectorSharesPct: { industry: '', services: '', transport: '', households: '', agriculture: '' },
  plants: [],
  targets: [],
};

/** What is wrong with a field, by the key of its message in library.json (`basics.errors.*`). */
export type DraftError = 'required' | 'positive' | 'sectorSum' | 'horizon' | 'year';
export type DraftErrors = Partial<Record<string, DraftError>>;

/** A number as typed: full-width digits and thousands separators allowed, blank = undefined. */
export function readNumber(text: string): number | undefined {
  const t = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

const inYears = (y: number | undefined, min: number, max: number) =>
  y !== undefined && Number.isInteger(y) && y >= min && y <= max;

/** The basics the draft describes, or the errors by field (`gdpYiYuan`, `plants.0.capacityMW`, …). */
export function readDraft(d: BasicsDraft, name: string): { basics: Basics } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const positive = (key: string, text: string, optional = false): number | undefined => {
    const n = readNumber(text);
    if (n === undefined) {
      if (!optional) errors[key] = 'required';
      return undefined;
    }
    if (!(n > 0)) errors[key] = 'positive';
    return n;
  };
  if (!d.regionName.trim()) errors.regionName = 'required';
  if (
    !(d.baseYear < d.endYear) ||
    !inYears(d.baseYear, BASE_YEAR_RANGE.min, BASE_YEAR_RANGE.max) ||
    !inYears(d.endYear, END_YEAR_RANGE.min, END_YEAR_RANGE.max)
  )
    errors.endYear = 'horizon';
  const gdp = positive('gdpYiYuan', d.gdpYiYuan);
  const energy = positive('energy', d.energy);
  const electricity = positive('electricityUseYiKWh', d.electricityUseYiKWh, true);

  const typedShares = SECTORS.map((k) => readNumber(d.sectorSharesPct[k]));
  let sectorSharesPct: Record<Sector, number> | undefined;
  if (typedShares.some((v) => v !== undefined)) {
    const sum = typedShares.reduce<number>((a, v) => a + (v ?? 0), 0);
    if (typedShares.some((v) => v === undefined || !(v >= 0)) || Math.abs(sum - 100) > 0.05)
      errors.sectorSharesPct = 'sectorSum';
    else sectorSharesPct = Object.fromEntries(SECTORS.map((k, i) => [k, typedShares[i]!])) as Record<Sector, number>;
  }

  const plants: BasicsPlant[] = [];
  d.plants.forEach((p, i) => {
    const mw = positive(`plants.${i}.capacityMW`, p.capacityMW);
    if (mw !== undefined && mw > 0) plants.push({ type: p.type, capacityMW: mw });
  });

  const targets: BasicsTarget[] = [];
  d.targets.forEach((x, i) => {
    const year = readNumber(x.year);
    const from = readNumber(x.fromYear);
    const value = readNumber(x.value);
    if (!inYears(year, d.baseYear + 1, 2100)) errors[`targets.${i}.year`] = 'year';
    if (from !== undefined && !inYears(from, d.baseYear, (year ?? 2100) - 1)) errors[`targets.${i}.fromYear`] = 'year';
    if (value === undefined || Number.isNaN(value)) errors[`targets.${i}.value`] = 'required';
    if (year !== undefined && value !== undefined)
      targets.push({
        metric: x.metric,
        year,
        value,
        binding: x.binding,
        label: '',
        ...(from !== undefined ? { fromYear: from } : {}),
      });
  });

  if (Object.keys(errors).length || gdp === undefined || energy === undefined) return { errors };
  return {
    basics: {
      name,
      region: {
        name: d.regionName.trim(),
        ...(d.level ? { level: d.level } : {}),
        ...(d.parentRegion.trim() ? { parentRegion: d.parentRegion.trim() } : {}),
      },
      baseYear: d.baseYear,
      endYear: d.endYear,
      gdpYiYuan: gdp,
      energy: d.energyKind === 'total' ? { totalWanTce: energy } : { intensityTcePerWanYuan: energy },
      ...(electricity !== undefined ? { electricityUseYiKWh: electricity } : {}),
      ...(sectorSharesPct ? { sectorSharesPct } : {}),
      ...(plants.length ? { plants } : {}),
      ...(targets.length ? { targets } : {}),
    },
  };
}
