import { PROFILE_KINDS, type ProfileKind } from '../../model/hourly';
import type { PreparedScenario } from '../prepare';
import type { YearResult } from '../results';
import type { AnnualAdjustment } from '../run-core';
import { dispatchYear, hourBuffers, type DispatchHours, type DispatchTotals, type StorageState } from './dispatch';
import { detailOf } from './detail';
import { BUILT_IN_PROFILE_SOURCES, DEFAULT_SITE } from './profile-shapes';
import { fitUnderCapacity, hoursInYear, profileShapes, type ShapePair } from './profiles';
import { CURTAILED_TYPES, type CurtailedType, type HourlyResults, type HourlyYear } from './types';

/** MWh in 1 亿kWh */
const MWH_PER_YI_KWH = 1e5;

// The detail year's hours, reused from run to run (detail.ts copies what the views keep).
const buffersByLength = new Map<number, DispatchHours>();
function detailBuffers(hours: number): DispatchHours {
  let b = buffersByLength.get(hours);
  if (!b) {
    b = hourBuffers(hours);
    buffersByLength.set(hours, b);
  }
  return b;
}

const pct = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);

/**
 * The hourly balance of every year of the horizon (dispatch.ts), from the
 * annual model's results before any feedback: demand and each type's output
 * are the annual totals, spread by the profiles. State of charge carries from
 * year to year. `detailYear` (default 2030, or the last year) also returns
 * that year's hours for the views (null: none). `adjustment` is what feedback changes in the
 * annual results (run-core.ts).
 */
export function runHourly(
  p: PreparedScenario,
  years: readonly YearResult[],
  detailYear?: number | null,
): { results: HourlyResults; adjustment: AnnualAdjustment } | null {
  const settings = p.hourly;
  const own = p.scenario.hourly?.profiles;
  if (!settings) return null;
  const site = {
    latitude: p.scenario.hourly?.latitude ?? DEFAULT_SITE.latitude,
    longitude: p.scenario.hourly?.longitude ?? DEFAULT_SITE.longitude,
  };
  const shapes = {} as Record<ProfileKind, ShapePair>;
  for (const k of PROFILE_KINDS) shapes[k] = profileShapes(k, own?.[k], site.latitude, site.longitude);
  const wanted =
    detailYear === null
      ? null
      : detailYear !== undefined && detailYear >= p.baseYear && detailYear <= p.endYear
        ? detailYear
        : Math.min(Math.max(2030, p.baseYear), p.endYear);

  const count = years.length;
  const adjustment: AnnualAdjustment = {
    curtailedYiKWh: {
      pv: new Float64Array(count),
      wind: new Float64Array(count),
      hydro: new Float64Array(count),
      biomass: new Float64Array(count),
    },
    storageLossMWh: new Map(
      settings.storage.filter((u) => u.kind === 'pumped').map((u) => [u.id, new Float64Array(count)]),
    ),
    batteryLossMWh: new Float64Array(count),
  };
  const kindOf = new Map(settings.storage.map((u) => [u.id, u.kind]));
  const states = new Map<string, StorageState>();
  const out: HourlyYear[] = [];
  let detail: HourlyResults['detail'] = null;
  years.forEach((y, i) => {
    const year = y.year;
    const active: StorageState[] = [];
    let storagePowerMW = 0;
    let storageEnergyMWh = 0;
    for (const u of settings.storage) {
      if (year < u.from || year >= u.to) {
        states.delete(u.id);
        continue;
      }
      let st = states.get(u.id);
      if (!st) {
        st = {
          id: u.id,
          powerMW: u.powerMW,
          energyMWh: u.energyMWh,
          efficiency: u.efficiency,
          soc: 0,
          charged: 0,
          discharged: 0,
        };
        states.set(u.id, st);
      }
      active.push(st);
      storagePowerMW += u.powerMW;
      storageEnergyMWh += u.energyMWh;
    }
    const hours = hoursInYear(year);
    const pick = (k: ProfileKind) => (hours === 8760 ? shapes[k].common : shapes[k].leap);
    const g = y.generationByType;
    const hydroCapacityMW = y.capacityMW.hydro;
    const buffers = year === wanted ? detailBuffers(hours) : undefined;
    const totals = dispatchYear(
      {
        hours,
        loadShape: pick('load'),
        pvShape: fitUnderCapacity(pick('pv'), g.pv * MWH_PER_YI_KWH, y.capacityMW.pv),
        windShape: fitUnderCapacity(pick('wind'), g.wind * MWH_PER_YI_KWH, y.capacityMW.wind),
        hydroShape: fitUnderCapacity(pick('hydro'), g.hydro * MWH_PER_YI_KWH, hydroCapacityMW),
        loadMWh: y.electricityDemand * MWH_PER_YI_KWH,
        pvMWh: g.pv * MWH_PER_YI_KWH,
        windMWh: g.wind * MWH_PER_YI_KWH,
        hydroMWh: g.hydro * MWH_PER_YI_KWH,
        biomassMWh: g.biomass * MWH_PER_YI_KWH,
        thermalMWh: (g.coal + g.gas) * MWH_PER_YI_KWH,
        hydroCapacityMW,
        thermalCapacityMW: y.capacityMW.coal + y.capacityMW.gas,
        hydroDispatchable: settings.hydroDispatchable,
        exportLimitMW: settings.exportLimitMW[i]!,
        importLimitMW: settings.importLimitMW[i]!,
        storage: active,
      },
      buffers,
    );
    out.push(yearOf(y, hours, totals, storagePowerMW, storageEnergyMWh, settings.exportLimitMW[i]!, settings.importLimitMW[i]!));
    for (const k of CURTAILED_TYPES) adjustment.curtailedYiKWh[k][i] = totals.curtailed[k] / MWH_PER_YI_KWH;
    for (const st of active) {
      const loss = st.charged * (1 - st.efficiency);
      if (kindOf.get(st.id) === 'pumped') adjustment.storageLossMWh.get(st.id)![i] = loss;
      else adjustment.batteryLossMWh[i]! += loss;
    }
    if (buffers) detail = detailOf(year, buffers);
  });
  const profileSources = {} as HourlyResults['profileSources'];
  for (const k of PROFILE_KINDS) {
    const mine = own?.[k];
    profileSources[k] = mine ? { own: true, source: mine.source } : { own: false, source: BUILT_IN_PROFILE_SOURCES[k] };
  }
  return { results: { years: out, detail, feedback: settings.feedback, profileSources }, adjustment };
}

const limitOrNull = (mw: number) => (Number.isFinite(mw) ? mw : null);

function yearOf(
  y: YearResult,
  hours: number,
  t: DispatchTotals,
  storagePowerMW: number,
  storageEnergyMWh: number,
  exportLimitMW: number,
  importLimitMW: number,
): HourlyYear {
  const yi = (mwh: number) => mwh / MWH_PER_YI_KWH;
  const renewableYiKWh = {} as Record<CurtailedType, number>;
  const curtailedYiKWh = {} as Record<CurtailedType, number>;
  const curtailmentPctByType = {} as Record<CurtailedType, number>;
  let re = 0;
  let cut = 0;
  for (const k of CURTAILED_TYPES) {
    renewableYiKWh[k] = y.generationByType[k];
    curtailedYiKWh[k] = yi(t.curtailed[k]);
    curtailmentPctByType[k] = pct(curtailedYiKWh[k], renewableYiKWh[k]);
    re += renewableYiKWh[k];
    cut += curtailedYiKWh[k];
  }
  const reExported = yi(t.renewableExported);
  return {
    year: y.year,
    hours,
    loadYiKWh: yi(t.load),
    peakLoadMW: t.peakLoadMW,
    renewableYiKWh,
    curtailedYiKWh,
    curtailedTotalYiKWh: cut,
    curtailmentPct: pct(cut, re),
    curtailmentPctByType,
    selfConsumptionPct: pct(re - cut - reExported, re),
    selfSufficiencyPct: pct(t.load - t.imported - t.unserved, t.load),
    importYiKWh: yi(t.imported),
    exportYiKWh: yi(t.exported),
    peakImportMW: t.peakImportMW,
    peakExportMW: t.peakExportMW,
    netExportHours: t.netExportHours,
    storageChargeYiKWh: yi(t.charged),
    storageDischargeYiKWh: yi(t.discharged),
    storageLossYiKWh: yi(t.storageLoss),
    storageCycles: storageEnergyMWh > 0 ? t.discharged / storageEnergyMWh : 0,
    storagePowerMW,
    storageEnergyMWh,
    hydroDispatchedYiKWh: yi(t.hydroDispatched),
    thermalExtraYiKWh: yi(t.thermalExtra),
    thermalBackedDownYiKWh: yi(t.thermalBackedDown),
    unservedHours: t.unservedHours,
    unservedYiKWh: yi(t.unserved),
    exportLimitMW: limitOrNull(exportLimitMW),
    importLimitMW: limitOrNull(importLimitMW),
  };
}
