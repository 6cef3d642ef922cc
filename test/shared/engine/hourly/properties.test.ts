import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dispatchYear,
  hourBuffers,
  type DispatchInput,
  type StorageState,
} from '../../../../shared/engine/hourly/dispatch';
import { profileShapes } from '../../../../shared/engine/hourly/profiles';

// Built-in shapes of a 365-day year and magnitudes of a county like 连州 (load about 20 亿kWh,
// PV and wind several 亿kWh), varied by the properties below.
const shape = (k: 'load' | 'pv' | 'wind' | 'hydro') => profileShapes(k, undefined).common;
const LOAD = shape('load');
const PV = shape('pv');
const WIND = shape('wind');
const HYDRO = shape('hydro');

type Case = {
  pvMWh: number;
  windMWh: number;
  hydroMWh: number;
  thermalMWh: number;
  exportLimitMW: number;
  importLimitMW: number;
  storageMW: number;
  storageHours: number;
  efficiency: number;
  hydroDispatchable: number;
};

function run(c: Case, detail = false) {
  const storage: StorageState[] =
    c.storageMW > 0
      ? [
          {
            id: 's',
            powerMW: c.storageMW,
            energyMWh: c.storageMW * c.storageHours,
            efficiency: c.efficiency,
            soc: 0,
            charged: 0,
            discharged: 0,
          },
        ]
      : [];
  const input: DispatchInput = {
    hours: 8760,
    loadShape: LOAD,
    pvShape: PV,
    windShape: WIND,
    hydroShape: HYDRO,
    loadMWh: 2e6,
    pvMWh: c.pvMWh,
    windMWh: c.windMWh,
    hydroMWh: c.hydroMWh,
    biomassMWh: 5e4,
    thermalMWh: c.thermalMWh,
    hydroCapacityMW: c.hydroMWh / 3000,
    thermalCapacityMW: c.thermalMWh / 4000,
    hydroDispatchable: c.hydroDispatchable,
    exportLimitMW: c.exportLimitMW,
    importLimitMW: c.importLimitMW,
    storage,
  };
  const hours = detail ? hourBuffers(8760) : undefined;
  const totals = dispatchYear(input, hours);
  return { totals, hours, storage };
}

/** Uniform over [min, max] in `steps` steps (fc.double spreads over the floats' bits, mostly tiny values). */
const between = (min: number, max: number, steps = 1000) =>
  fc.integer({ min: 0, max: steps }).map((k) => min + ((max - min) * k) / steps);

const aCase: fc.Arbitrary<Case> = fc.record({
  pvMWh: between(0, 3e6),
  windMWh: between(0, 2e6),
  hydroMWh: between(0, 1e6),
  thermalMWh: fc.constantFrom(0, 2e5, 1e6),
  exportLimitMW: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), between(0, 800)),
  importLimitMW: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), between(0, 600)),
  storageMW: fc.oneof(fc.constant(0), between(0, 400)),
  storageHours: between(0.5, 8),
  efficiency: between(0.5, 0.95),
  hydroDispatchable: between(0, 1, 20),
});

const curtailedVre = (t: ReturnType<typeof run>['totals']) => t.curtailed.pv + t.curtailed.wind;
const allCurtailed = (t: ReturnType<typeof run>['totals']) =>
  t.curtailed.pv + t.curtailed.wind + t.curtailed.hydro + t.curtailed.biomass;
/** `HOURLY_PROPERTY_SCALE=50 npx vitest run …` explores further than the CI's runs. */
const RUN_SCALE = Number(process.env.HOURLY_PROPERTY_SCALE ?? 1);
/** CI runs one fixed sequence; elsewhere each run explores new cases. */
const SEED = process.env.CI ? { seed: 20261204 } : {};
const TOL = 1e-6; // MWh on totals of about 1e6: rounding of the sums

describe('dispatch properties', () => {
  it('closes the balance in every hour, to 1e-9 relative', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const { hours } = run(c, true);
        const h = hours!;
        for (let i = 0; i < 8760; i++) {
          const supply =
            h.pv[i]! +
            h.wind[i]! +
            h.hydro[i]! +
            h.biomass[i]! +
            h.thermal[i]! +
            h.discharge[i]! +
            h.imported[i]! +
            h.unserved[i]!;
          const use = h.load[i]! + h.charge[i]! + h.exported[i]!;
          if (Math.abs(supply - use) > 1e-9 * Math.max(1, use)) return false;
        }
        return true;
      }),
      { numRuns: 40 * RUN_SCALE, ...SEED },
    );
  });

  it('keeps the state of charge within 0 and the energy capacity', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const { hours } = run(c, true);
        const cap = c.storageMW * c.storageHours;
        return hours!.soc.every((s) => s >= -1e-9 && s <= cap + 1e-9);
      }),
      { numRuns: 40 * RUN_SCALE, ...SEED },
    );
  });

  it('generates exactly the annual output before curtailment', () => {
    fc.assert(
      fc.property(aCase, (c) => {
        const { hours, totals } = run(c, true);
        const h = hours!;
        let pv = 0;
        let load = 0;
        for (let i = 0; i < 8760; i++) {
          pv += h.pv[i]!;
          load += h.load[i]!;
        }
        return (
          Math.abs(pv + totals.curtailed.pv - c.pvMWh) <= 1e-9 * Math.max(1, c.pvMWh) &&
          Math.abs(load - 2e6) <= 1e-9 * 2e6
        );
      }),
      { numRuns: 30 * RUN_SCALE, ...SEED },
    );
  });

  it('never curtails more with more storage, exports unlimited or none', () => {
    // Storage charges before anything is exported (the dispatch order), so under an export limit
    // that binds only at times a bigger store can fill on a morning surplus that would have been
    // exported, and then be full when the midday surplus exceeds the limit: 150 → 180 MW (4 h) at
    // a 146.4 MW limit curtails 1,406 → 1,468 MWh of a 500,000 MWh PV year (kept below). Without
    // a limit, or with none allowed, every surplus storage takes was otherwise curtailed, and more
    // storage never leaves more surplus. What is measured is the surplus left: everything
    // curtailed plus thermal backed down. A type's own share can still rise, as an hour's
    // curtailment is shared by the types' output in that hour and a bigger store moves it between
    // hours; and reservoir water a deficit no longer needs is released and may be spilled, so the
    // reservoir share is 0 here.
    const open = aCase.chain((c) =>
      fc.constantFrom(0, Number.POSITIVE_INFINITY).map((exportLimitMW) => ({ ...c, exportLimitMW, hydroDispatchable: 0 })),
    );
    const surplusLeft = (t: ReturnType<typeof run>['totals']) => allCurtailed(t) + t.thermalBackedDown;
    fc.assert(
      fc.property(open, between(0, 300), (c, more) => {
        const a = surplusLeft(run(c).totals);
        const b = surplusLeft(run({ ...c, storageMW: c.storageMW + more }).totals);
        return b <= a + TOL;
      }),
      { numRuns: 80 * RUN_SCALE, ...SEED },
    );
  });

  it('shows the case where a bigger store curtails more under a binding export limit', () => {
    // the worked case above, kept so that a change of the dispatch order is seen here
    const c: Case = {
      pvMWh: 5e5,
      windMWh: 0,
      hydroMWh: 88e4,
      thermalMWh: 0,
      exportLimitMW: 146.4,
      importLimitMW: Number.POSITIVE_INFINITY,
      storageMW: 150,
      storageHours: 4,
      efficiency: 0.7079,
      hydroDispatchable: 0,
    };
    const small = curtailedVre(run(c).totals);
    const big = curtailedVre(run({ ...c, storageMW: 180 }).totals);
    expect(big).toBeGreaterThan(small);
  });

  it('never curtails more with a higher export limit', () => {
    fc.assert(
      fc.property(aCase, between(0, 500), (c, more) => {
        const a = allCurtailed(run(c).totals);
        const b = allCurtailed(run({ ...c, exportLimitMW: c.exportLimitMW + more }).totals);
        return b <= a + TOL;
      }),
      { numRuns: 60 * RUN_SCALE, ...SEED },
    );
  });

  it('never curtails less PV with more PV', () => {
    fc.assert(
      fc.property(aCase, between(0, 2e6), (c, more) => {
        const a = run(c).totals.curtailed.pv;
        const b = run({ ...c, pvMWh: c.pvMWh + more }).totals.curtailed.pv;
        return b >= a - TOL;
      }),
      { numRuns: 60 * RUN_SCALE, ...SEED },
    );
  });
});
