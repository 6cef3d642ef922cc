import type { FlagDriver, YearFlag } from '../../../shared/engine/results';
import { LMDI_DRIVERS } from '../../../shared/engine/lmdi';
import type { UnitId } from '../../components/results/format';
import { oneOf } from '../../i18n/keys';
import type { GeneratorType } from '../../../shared/model/vocabulary';
import type { ReportText } from './report-text';

/** The unit of a flagged figure and of its drivers' parts. */
export const FLAG_UNITS: Record<YearFlag['metric'], UnitId> = {
  co2: 'wanTCo2',
  energy: 'wanTce',
  energyAssessed: 'wanTce',
  co2PerGdp: 'tCo2PerWanYuan',
  energyPerGdpAssessed: 'tcePerWanYuan',
};

/** One driver of a flagged change in the report's words. */
export function driverText(d: FlagDriver, metric: YearFlag['metric'], x: ReportText): string {
  // with its unit: capacity is shown in 万千瓦 or MW as the settings say
  const mw = (v: number) => x.fmt.withUnit(v, 'mw');
  const named = (g: { name: string; generatorType: GeneratorType; buildoutYear?: number }) =>
    g.buildoutYear === undefined ? g.name : x.t('ledger.buildoutName', { type: x.rt(`generator.${g.generatorType}`), year: g.buildoutYear });
  switch (d.kind) {
    case 'projectEnters': {
      const text = x.t('flags.driver.projectEnters', { name: named(d), type: x.rt(`generator.${d.generatorType}`), mw: mw(d.capacityMW) });
      // a plant started after January counts fully from the year after: say when it started
      if (!d.commissioningMonth || d.commissioningMonth <= 1) return text;
      return `${text}${x.lang === 'en' ? ' ' : ''}${x.t('flags.month', { year: d.commissioningYear, month: d.commissioningMonth })}`;
    }
    case 'plantRetires':
      return x.t('flags.driver.plantRetires', { name: named(d), type: x.rt(`generator.${d.generatorType}`), mw: mw(d.capacityMW) });
    case 'storageEnters':
    case 'storageRetires':
      return x.t(`flags.driver.${d.kind}`, { name: d.name, mw: mw(d.capacityMW) });
    case 'gridFactorStep':
      return x.t('flags.driver.gridFactorStep', { from: x.plain(d.from), to: x.plain(d.to) });
    case 'actualData':
      return x.t('flags.driver.actualData', { field: x.t(`flags.field.${d.field}`) });
    case 'factor': {
      const f = d.factor;
      const name = f === 'excludedEnergy' || f === 'feedstockEnergy' ? x.t(`flags.factor.${f}`) : oneOf(LMDI_DRIVERS, f) ? x.t(`compare.drivers.${f}`) : f;
      return x.t('flags.driver.factor', { factor: name, value: x.fmt.withUnit(d.contribution, FLAG_UNITS[metric], { signed: true }) });
    }
  }
}
