import type { FlagDriver, YearFlag } from '../../../shared/engine/results';
import { LMDI_DRIVERS } from '../../../shared/engine/lmdi';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter, UnitId } from '../../components/results/format';
import { oneOf } from '../../i18n/keys';

/** A factor's part of a change is in the unit of the flagged metric. */
const METRIC_UNITS: Readonly<Record<YearFlag['metric'], UnitId>> = {
  co2: 'wanTCo2',
  energy: 'wanTce',
  energyAssessed: 'wanTce',
  co2PerGdp: 'tCo2PerWanYuan',
  energyPerGdpAssessed: 'tcePerWanYuan',
};
const OTHER_FACTORS = ['excludedEnergy', 'feedstockEnergy'] as const;

/** One driver of a flagged change in words: "光伏项目（光伏，100 MW）投产", "电力平均二氧化碳排放因子由 0.4715 变为 0.4403 tCO2/MWh". */
export function driverText(d: FlagDriver, metric: YearFlag['metric'], year: number, fmt: NumberFormatter, t: Translate): string {
  switch (d.kind) {
    case 'projectEnters':
    case 'plantRetires': {
      const type = t(`generator.${d.generatorType}`);
      // a build-out lever's row by its type and year, in the UI's language
      const name = d.buildoutYear === undefined ? d.name : t('flags.buildoutName', { type, year: d.buildoutYear });
      const params = { name, type, mw: fmt.withUnit(d.capacityMW, 'mw') };
      // started after January the year before: this is its first full year
      if (d.kind === 'projectEnters' && d.commissioningYear < year) return t('flags.driver.projectFullYear', { ...params, year: d.commissioningYear, month: d.commissioningMonth ?? 1 });
      return t(`flags.driver.${d.kind}`, params);
    }
    case 'storageEnters':
    case 'storageRetires':
      return t(`flags.driver.${d.kind}`, { name: d.name, mw: fmt.withUnit(d.capacityMW, 'mw') });
    case 'gridFactorStep':
      return t('flags.driver.gridFactorStep', { from: fmt.num(d.from, 'tCo2PerMWh'), to: fmt.withUnit(d.to, 'tCo2PerMWh') });
    case 'actualData':
      return t(`flags.driver.actualData.${d.field}`);
    case 'factor': {
      const factor = oneOf(LMDI_DRIVERS, d.factor) || oneOf(OTHER_FACTORS, d.factor) ? t(`flags.factor.${d.factor}`) : d.factor;
      return t('flags.driver.factor', { factor, value: fmt.withUnit(d.contribution, METRIC_UNITS[metric], { signed: true }) });
    }
  }
}

/** The decomposition's parts on one line: "LMDI 分解：电力供应结构 -12.8 万tCO2；经济规模 +4.2 万tCO2". */
export function factorsText(drivers: Extract<FlagDriver, { kind: 'factor' }>[], metric: YearFlag['metric'], fmt: NumberFormatter, t: Translate): string {
  const parts = drivers.map((d) => {
    const factor = oneOf(LMDI_DRIVERS, d.factor) || oneOf(OTHER_FACTORS, d.factor) ? t(`flags.factor.${d.factor}`) : d.factor;
    return t('flags.factorPart', { factor, value: fmt.withUnit(d.contribution, METRIC_UNITS[metric], { signed: true }) });
  });
  return t('flags.factors', { parts: parts.join(t('flags.separator')) });
}

/** "2021年 二氧化碳排放 −35.8%" */
export function flagHead(f: YearFlag, fmt: NumberFormatter, t: Translate): { year: string; metric: string; change: string } {
  return { year: t('year', { year: f.year }), metric: t(`flags.metric.${f.metric}`), change: fmt.withUnit(f.changePct, 'pct', { signed: true }) };
}
