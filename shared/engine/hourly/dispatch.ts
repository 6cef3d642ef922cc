/**
 * One year of the local grid's hourly balance, in MW (= MWh in an hour).
 *
 * The dispatch, the same every run (docs in README "Hourly balance"):
 * 1. PV, wind, run-of-river hydro, biomass and local thermal (its annual energy spread
 *    evenly: it is scheduled by the provincial grid, not by the county) serve the load.
 * 2. A surplus charges storage (the most efficient plant first; the round-trip
 *    efficiency applied once, on charging), then is exported up to the export limit,
 *    then curtailed: PV, wind, run-of-river hydro and biomass pro rata to their output
 *    in that hour; beyond their output, thermal is backed down.
 * 3. A deficit is met by storage, then by reservoir hydro within its monthly energy
 *    (each hour gets its share of the month's deficit that hydro's spare capacity
 *    can meet, scaled down when the month's water is short), then by local thermal
 *    above its schedule, then by imports up to the import limit; what remains is unserved.
 * 4. Water a month's deficits leave unused is released evenly over the month: it
 *    meets deficits still open, is exported within the export limit, or is spilled
 *    (counted as hydro curtailment).
 * State of charge carries across hours, months and years.
 */

export type StorageState = {
  id: string;
  powerMW: number;
  energyMWh: number;
  /** round-trip efficiency, 0–1 */
  efficiency: number;
  /** MWh stored now */
  soc: number;
  /** this year's totals, MWh */
  charged: number;
  discharged: number;
};

export type DispatchInput = {
  hours: number;
  /** each sums to 1 over the year */
  loadShape: Float64Array;
  pvShape: Float64Array;
  windShape: Float64Array;
  hydroShape: Float64Array;
  /** this year's energy from the annual model, MWh */
  loadMWh: number;
  pvMWh: number;
  windMWh: number;
  hydroMWh: number;
  biomassMWh: number;
  thermalMWh: number;
  hydroCapacityMW: number;
  thermalCapacityMW: number;
  /** part of hydro's energy held in reservoirs, 0–1 */
  hydroDispatchable: number;
  exportLimitMW: number;
  importLimitMW: number;
  /** the plants operating this year, in merit order for charging (most efficient first) */
  storage: StorageState[];
};

/** Totals of one year, MWh unless named otherwise. */
export type DispatchTotals = {
  load: number;
  peakLoadMW: number;
  curtailed: { pv: number; wind: number; hydro: number; biomass: number };
  exported: number;
  imported: number;
  /** exports that were renewable output (pro rata to the hour's supply) */
  renewableExported: number;
  peakImportMW: number;
  peakExportMW: number;
  netExportHours: number;
  charged: number;
  discharged: number;
  storageLoss: number;
  hydroDispatched: number;
  thermalExtra: number;
  thermalBackedDown: number;
  unserved: number;
  unservedHours: number;
};

/** Hour-by-hour flows of a year, for the views and the tests (MW). */
export type DispatchHours = {
  load: Float64Array;
  pv: Float64Array;
  wind: Float64Array;
  hydro: Float64Array;
  biomass: Float64Array;
  thermal: Float64Array;
  charge: Float64Array;
  discharge: Float64Array;
  imported: Float64Array;
  exported: Float64Array;
  curtailed: Float64Array;
  unserved: Float64Array;
  soc: Float64Array;
  /** load less PV, wind and run-of-river hydro before curtailment */
  residualLoad: Float64Array;
};

export function hourBuffers(hours: number): DispatchHours {
  const a = () => new Float64Array(hours);
  return {
    load: a(),
    pv: a(),
    wind: a(),
    hydro: a(),
    biomass: a(),
    thermal: a(),
    charge: a(),
    discharge: a(),
    imported: a(),
    exported: a(),
    curtailed: a(),
    unserved: a(),
    soc: a(),
    residualLoad: a(),
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** An hour counts among the unserved hours above this, MW (rounding of the sums). */
const UNSERVED_EPS_MW = 1e-6;

// Work buffers reused across years and runs (one run at a time per thread).
let residual = new Float64Array(8784);
let exportedAt = new Float64Array(8784);
let hydroAt = new Float64Array(8784);
let rorAt = new Float64Array(8784);

export function dispatchYear(input: DispatchInput, detail?: DispatchHours): DispatchTotals {
  const { hours, storage } = input;
  if (residual.length < hours) {
    residual = new Float64Array(hours);
    exportedAt = new Float64Array(hours);
    hydroAt = new Float64Array(hours);
    rorAt = new Float64Array(hours);
  }
  for (const s of storage) {
    s.charged = 0;
    s.discharged = 0;
  }
  const { loadShape, pvShape, windShape, hydroShape, loadMWh, pvMWh, windMWh } = input;
  const rorMWh = input.hydroMWh * (1 - input.hydroDispatchable);
  const reservoirMWh = input.hydroMWh * input.hydroDispatchable;
  const bio = input.biomassMWh / hours;
  const th = input.thermalMWh / hours;
  const thermalHeadroom = Math.max(input.thermalCapacityMW - th, 0);
  const exportCap = input.exportLimitMW;
  const importCap = input.importLimitMW;
  const hydroCap = input.hydroCapacityMW;
  const leap = hours > 8760;
  // totals kept in locals in the hot loops, written to `t` at the end
  let cutPv = 0,
    cutWind = 0,
    cutHydro = 0,
    cutBio = 0,
    backedDown = 0,
    reExported = 0;
  let loadSum = 0,
    peakLoad = 0,
    charged = 0,
    discharged = 0;
  let hydroUsed = 0,
    thermalExtra = 0,
    importedSum = 0,
    exportedSum = 0,
    peakImport = 0,
    peakExport = 0,
    exportHours = 0;
  let unserved = 0,
    unservedHours = 0;

  let h0 = 0;
  for (let m = 0; m < 12; m++) {
    const h1 = h0 + (MONTH_DAYS[m]! + (leap && m === 1 ? 1 : 0)) * 24;
    let monthHydroShare = 0;
    let wanted = 0;

    // pass A: variable output, storage, exports and curtailment of surpluses
    for (let h = h0; h < h1; h++) {
      const load = loadMWh * loadShape[h]!;
      let pv = pvMWh * pvShape[h]!;
      let wind = windMWh * windShape[h]!;
      monthHydroShare += hydroShape[h]!;
      let ror = rorMWh * hydroShape[h]!;
      rorAt[h] = ror;
      let bioOut = bio;
      let thermal = th;
      let net = pv + wind + ror + bio + th - load;
      let charge = 0;
      let discharge = 0;
      let exported = 0;
      let curtailed = 0;
      if (net > 0) {
        for (let i = 0; i < storage.length && net > 0; i++) {
          const s = storage[i]!;
          const c = Math.min(net, s.powerMW, (s.energyMWh - s.soc) / s.efficiency);
          if (c > 0) {
            s.soc += c * s.efficiency;
            s.charged += c;
            charge += c;
            net -= c;
          }
        }
        exported = Math.min(net, exportCap);
        net -= exported;
        if (net > 0) {
          curtailed = net;
          const re = pv + wind + ror + bioOut;
          if (net <= re) {
            const k = net / re;
            cutPv += pv * k;
            cutWind += wind * k;
            cutHydro += ror * k;
            cutBio += bioOut * k;
            pv -= pv * k;
            wind -= wind * k;
            ror -= ror * k;
            bioOut -= bioOut * k;
          } else {
            cutPv += pv;
            cutWind += wind;
            cutHydro += ror;
            cutBio += bioOut;
            backedDown += net - re;
            thermal -= net - re;
            curtailed = re;
            pv = wind = ror = bioOut = 0;
          }
        }
        if (exported > 0) {
          const re = pv + wind + ror + bioOut;
          reExported += (exported * re) / (re + thermal);
        }
        residual[h] = 0;
        hydroAt[h] = 0;
      } else {
        let deficit = -net;
        for (let i = 0; i < storage.length && deficit > 0; i++) {
          const s = storage[i]!;
          const d = Math.min(deficit, s.powerMW, s.soc);
          if (d > 0) {
            s.soc -= d;
            s.discharged += d;
            discharge += d;
            deficit -= d;
          }
        }
        residual[h] = deficit;
        const want = Math.min(deficit, Math.max(hydroCap - ror, 0));
        hydroAt[h] = want;
        wanted += want;
      }
      charged += charge;
      discharged += discharge;
      exportedAt[h] = exported;
      loadSum += load;
      if (load > peakLoad) peakLoad = load;
      if (detail) {
        detail.load[h] = load;
        detail.pv[h] = pv;
        detail.wind[h] = wind;
        detail.hydro[h] = ror;
        detail.biomass[h] = bioOut;
        detail.thermal[h] = thermal;
        detail.charge[h] = charge;
        detail.discharge[h] = discharge;
        detail.curtailed[h] = curtailed;
        detail.residualLoad[h] = load - pvMWh * pvShape[h]! - windMWh * windShape[h]! - rorAt[h]!;
        let soc = 0;
        for (const s of storage) soc += s.soc;
        detail.soc[h] = soc;
      }
    }

    // reservoir hydro against the deficits left, within the month's water
    // (each hour's wish, the deficit hydro's spare capacity can meet, was noted in pass A)
    const budget = reservoirMWh * monthHydroShare;
    const scale = wanted > budget ? budget / wanted : 1;
    const used = wanted * scale;
    hydroUsed += used;
    const rate = (budget - used) / (h1 - h0);

    // pass B: reservoir hydro, the month's unused water, thermal above schedule, imports, unserved
    for (let h = h0; h < h1; h++) {
      // kept in a local, not written back to hydroAt: nothing reads it after this hour
      const dispatched = hydroAt[h]! * scale;
      let deficit = residual[h]! - dispatched;
      let exported = exportedAt[h]!;
      const spare = Math.max(hydroCap - rorAt[h]! - dispatched, 0);
      let release = Math.min(rate, spare);
      let spilled = rate - release;
      const served = Math.min(release, deficit);
      deficit -= served;
      release -= served;
      let releaseExported = 0;
      if (release > 0) {
        releaseExported = Math.min(release, Math.max(exportCap - exported, 0));
        exported += releaseExported;
        reExported += releaseExported;
        spilled += release - releaseExported;
      }
      cutHydro += spilled;
      const extra = Math.min(deficit, thermalHeadroom);
      deficit -= extra;
      thermalExtra += extra;
      const imported = Math.min(deficit, importCap);
      deficit -= imported;
      importedSum += imported;
      exportedSum += exported;
      if (imported > peakImport) peakImport = imported;
      if (exported > peakExport) peakExport = exported;
      if (exported > 0) exportHours++;
      if (deficit > 0) {
        unserved += deficit;
        if (deficit > UNSERVED_EPS_MW) unservedHours++;
      }
      if (detail) {
        detail.hydro[h]! += dispatched + served + releaseExported;
        detail.thermal[h]! += extra;
        detail.imported[h] = imported;
        detail.exported[h] = exported;
        detail.curtailed[h]! += spilled;
        detail.unserved[h] = deficit > 0 ? deficit : 0;
      }
    }
    h0 = h1;
  }
  let storageLoss = 0;
  for (const s of storage) storageLoss += s.charged * (1 - s.efficiency);
  return {
    load: loadSum,
    peakLoadMW: peakLoad,
    curtailed: { pv: cutPv, wind: cutWind, hydro: cutHydro, biomass: cutBio },
    exported: exportedSum,
    imported: importedSum,
    renewableExported: reExported,
    peakImportMW: peakImport,
    peakExportMW: peakExport,
    netExportHours: exportHours,
    charged,
    discharged,
    storageLoss,
    hydroDispatched: hydroUsed,
    thermalExtra,
    thermalBackedDown: backedDown,
    unserved,
    unservedHours,
  };
}
