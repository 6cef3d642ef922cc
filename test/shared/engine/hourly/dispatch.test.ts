import { describe, expect, it } from 'vitest';
import {
  dispatchYear,
  hourBuffers,
  type DispatchInput,
  type StorageState,
} from '../../../../shared/engine/hourly/dispatch';

const HOURS = 8760;

/** A year whose only activity is on 1 January: `perHour` MW in hours 0–23, zero afterwards, as a shape summing to 1. */
function firstDay(perHour: number[]): { shape: Float64Array; total: number } {
  const shape = new Float64Array(HOURS);
  const total = perHour.reduce((a, b) => a + b, 0);
  perHour.forEach((v, h) => (shape[h] = total > 0 ? v / total : 0));
  return { shape, total };
}

const FLAT_LOAD = firstDay(Array<number>(24).fill(50));
// PV on 1 January, MW by hour: 0 until 06:00, a bell to 100 MW at 11:00–12:00, 0 from 18:00 (sum 700 MWh)
const PV = firstDay([0, 0, 0, 0, 0, 0, 10, 30, 50, 70, 90, 100, 100, 90, 70, 50, 30, 10, 0, 0, 0, 0, 0, 0]);
const NONE = new Float64Array(HOURS);

function input(over: Partial<DispatchInput>): DispatchInput {
  return {
    hours: HOURS,
    loadShape: FLAT_LOAD.shape,
    pvShape: NONE,
    windShape: NONE,
    hydroShape: NONE,
    loadMWh: FLAT_LOAD.total,
    pvMWh: 0,
    windMWh: 0,
    hydroMWh: 0,
    biomassMWh: 0,
    thermalMWh: 0,
    hydroCapacityMW: 0,
    thermalCapacityMW: 0,
    hydroDispatchable: 0,
    exportLimitMW: Number.POSITIVE_INFINITY,
    importLimitMW: Number.POSITIVE_INFINITY,
    storage: [],
    ...over,
  };
}

const battery = (over: Partial<StorageState> = {}): StorageState => ({
  id: 'b',
  powerMW: 20,
  energyMWh: 40,
  efficiency: 0.8,
  soc: 0,
  charged: 0,
  discharged: 0,
  ...over,
});

describe('one day with a PV plant and a storage plant, hour by hour', () => {
  // Load 50 MW all day. Storage 20 MW / 40 MWh, 80 % round trip applied on charging, empty at
  // 00:00. Export limit 10 MW, imports unlimited. Hour by hour (MW):
  //  00–05  pv 0: deficit 50, storage empty → import 50 (×6 = 300)
  //  06     pv 10: deficit 40 → import 40
  //  07     pv 30: deficit 20 → import 20
  //  08     pv 50: balanced
  //  09     pv 70: surplus 20 → charge 20 (SOC 16)
  //  10     pv 90: surplus 40 → charge 20 (power limit; SOC 32), export 10, curtail 10
  //  11     pv 100: surplus 50 → charge (40 − 32)/0.8 = 10 (SOC 40, full), export 10, curtail 30
  //  12     pv 100: surplus 50 → export 10, curtail 40
  //  13     pv 90: surplus 40 → export 10, curtail 30
  //  14     pv 70: surplus 20 → export 10, curtail 10
  //  15     pv 50: balanced
  //  16     pv 30: deficit 20 → discharge 20 (SOC 20)
  //  17     pv 10: deficit 40 → discharge 20 (power limit; SOC 0), import 20
  //  18–23  deficit 50 → import 50 (×6 = 300)
  const store = battery();
  const hours = hourBuffers(HOURS);
  const t = dispatchYear(input({ pvShape: PV.shape, pvMWh: PV.total, exportLimitMW: 10, storage: [store] }), hours);
  const day = (a: Float64Array) => Array.from(a.subarray(0, 24)).map((v) => Math.round(v * 1e9) / 1e9);

  it('charges, exports, curtails and discharges as worked out', () => {
    expect(day(hours.charge)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(day(hours.exported)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(day(hours.curtailed)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 30, 40, 30, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(day(hours.discharge)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20, 0, 0, 0, 0, 0, 0]);
    expect(day(hours.imported)).toEqual([
      50, 50, 50, 50, 50, 50, 40, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 50, 50, 50, 50, 50, 50,
    ]);
    expect(day(hours.soc)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 32, 40, 40, 40, 40, 40, 20, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('sums the year', () => {
    // curtailed 10 + 30 + 40 + 30 + 10 = 120 MWh of PV; exports 5 h × 10 = 50; imports 300 + 40 + 20 + 20 + 300 = 680
    expect(t.curtailed.pv).toBeCloseTo(120, 9);
    expect(t.exported).toBeCloseTo(50, 9);
    expect(t.peakExportMW).toBeCloseTo(10, 9);
    expect(t.netExportHours).toBe(5);
    expect(t.imported).toBeCloseTo(680, 9);
    expect(t.peakImportMW).toBeCloseTo(50, 9);
    // charged 20 + 20 + 10 = 50, discharged 40 = 50 × 0.8; lost 50 × 0.2 = 10; empty again at the end
    expect(t.charged).toBeCloseTo(50, 9);
    expect(t.discharged).toBeCloseTo(40, 9);
    expect(t.storageLoss).toBeCloseTo(10, 9);
    expect(store.soc).toBeCloseTo(0, 9);
    // the only thermal-free export is PV: all 50 MWh exported are renewable
    expect(t.renewableExported).toBeCloseTo(50, 9);
    expect(t.unserved).toBe(0);
  });

  it('closes the balance in every hour', () => {
    for (let h = 0; h < HOURS; h++) {
      const supply =
        hours.pv[h]! +
        hours.wind[h]! +
        hours.hydro[h]! +
        hours.biomass[h]! +
        hours.thermal[h]! +
        hours.discharge[h]! +
        hours.imported[h]! +
        hours.unserved[h]!;
      const use = hours.load[h]! + hours.charge[h]! + hours.exported[h]!;
      expect(Math.abs(supply - use)).toBeLessThanOrEqual(1e-9 * Math.max(1, use));
    }
  });
});

describe('reservoir hydro within its monthly water', () => {
  // 1 January: load 50 MW for 24 h, nothing else but reservoir hydro (all of hydro dispatchable),
  // 40 MW of hydro capacity. Every hour wants min(50, 40) = 40 MW: 960 MWh in the month.
  const hydroShape = firstDay(Array<number>(24).fill(1)).shape;

  it('scales every hour down when the month has less water than the deficits want', () => {
    // 600 MWh of water < 960 wanted: each hour gets 40 × 600/960 = 25 MW, imports the other 25
    const h = hourBuffers(HOURS);
    const t = dispatchYear(input({ hydroShape, hydroMWh: 600, hydroDispatchable: 1, hydroCapacityMW: 40 }), h);
    expect(t.hydroDispatched).toBeCloseTo(600, 9);
    expect(t.imported).toBeCloseTo(24 * 25, 9);
    expect(h.hydro[5]).toBeCloseTo(25, 9);
    expect(t.curtailed.hydro).toBeCloseTo(0, 9);
  });

  it('releases what the deficits leave evenly over the month, exported or spilled', () => {
    // 1,200 MWh of water: the deficits take 40 MW × 24 h = 960, imports 10 × 24 = 240. The other
    // 240 MWh go out evenly over January's 744 hours, 240/744 MW an hour: on 1 January hydro is
    // at its 40 MW, so those 24 hours spill 24 × 240/744; the other 720 hours export 720 × 240/744.
    const t = dispatchYear(input({ hydroShape, hydroMWh: 1200, hydroDispatchable: 1, hydroCapacityMW: 40 }));
    expect(t.hydroDispatched).toBeCloseTo(960, 9);
    expect(t.imported).toBeCloseTo(240, 9);
    expect(t.exported).toBeCloseTo((720 * 240) / 744, 9);
    expect(t.curtailed.hydro).toBeCloseTo((24 * 240) / 744, 9);
    // nothing lost: dispatched + exported + spilled = the water
    expect(t.hydroDispatched + t.exported + t.curtailed.hydro).toBeCloseTo(1200, 9);
  });
});

describe('limits', () => {
  it('leaves what imports cannot carry unserved', () => {
    // load 50 MW for 24 h, an import limit of 30 MW: 20 MW unserved in each of the 24 hours
    const t = dispatchYear(input({ importLimitMW: 30 }));
    expect(t.imported).toBeCloseTo(24 * 30, 9);
    expect(t.unserved).toBeCloseTo(24 * 20, 9);
    expect(t.unservedHours).toBe(24);
    expect(t.peakImportMW).toBeCloseTo(30, 9);
  });

  it('runs local thermal above its schedule before importing', () => {
    // 8,760 MWh of thermal a year = 1 MW every hour; 31 MW of capacity leaves 30 MW for deficits.
    // 1 January: deficit 50 − 1 = 49 → 30 from thermal, 19 imported (× 24 h). The other 8,736
    // hours have no load: the 1 MW schedule is exported.
    const t = dispatchYear(input({ thermalMWh: 8760, thermalCapacityMW: 31 }));
    expect(t.thermalExtra).toBeCloseTo(24 * 30, 9);
    expect(t.imported).toBeCloseTo(24 * 19, 9);
    expect(t.exported).toBeCloseTo(8736, 6);
    // exports are thermal only: no renewable output
    expect(t.renewableExported).toBeCloseTo(0, 9);
  });

  it('backs thermal down when curtailing every renewable is not enough', () => {
    // no load at all after 1 January, an export limit of 0: the 1 MW thermal schedule of those hours has nowhere to go
    const t = dispatchYear(input({ thermalMWh: 8760, thermalCapacityMW: 1, exportLimitMW: 0 }));
    expect(t.thermalBackedDown).toBeCloseTo(8736, 6);
    expect(t.exported).toBe(0);
  });
});
