import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Fuel, Scenario, Sector } from '../../../../shared/model/scenario';
import { EditorPage } from '../../../../renderer/features/editor/EditorPage';
import type { EditorDocument } from '../../../../renderer/features/editor/document';
import { createEditGate } from '../../../../renderer/state/edit-gate';
import type { EditorSlots } from '../../../../renderer/features/editor/slots';
import type { ScenarioView } from '../../../../renderer/navigation/route';

export const QY_FILE = '000_cf0eda570017d74c.txt';

const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({ coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares });

/**
 * A round scenario (as test/helpers/make-scenario.ts, which the renderer
 * project cannot import) with what a preset carries: document, reference and
 * assumed sources, a fleet, projects, pumped storage and a target. Real presets
 * are used too once seeds/index.ts exists (see EditorPage.test.tsx).
 */
export function editorScenario(): Scenario {
  const empty = { sharePct: 0, fuelSharesPct: fuels({ coal: 100 }) };
  const sectors: Record<Sector, Scenario['energy']['sectors'][Sector]> = {
    industry: { sharePct: 100, fuelSharesPct: fuels({ coal: 60, electricity: 40 }) },
    services: empty, transport: empty, households: empty, agriculture: empty,
  };
  const s: Scenario = {
    schemaVersion: 2, id: 'test-editor', name: '测试情景', region: { name: '测试市' }, baseYear: 2020, endYear: 2035,
    populationWan: 50,
    economy: { baseGdpYiYuan: 100, gdpGrowthPct: 5 },
    energy: { baseIntensityTcePerWanYuan: 0.5, intensityDeclinePct: 0, inputConvention: 'calorific', sectors },
    electricity: {
      fleet: [], projects: [], pumpedStorage: [], heatRateGcePerKWh: { coal: 300, gas: 220 },
      gridEmissionFactor: 0.5, importedNonFossilSharePct: 0,
    },
    emissionFactors: { tCo2PerTce: { coal: 2.5, oil: 2.1, gas: 1.6, heat: 3.2, biomass: 0 } },
    conventions: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 },
    accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 },
    targets: [],
    sources: { '': { kind: 'assumed', reason: 'test value' } },
  };
  s.sources = {
    ...s.sources,
    'economy.baseGdpYiYuan': { kind: 'document', file: QY_FILE, line: 103, quote: '全市地区生产总值' },
    'economy.gdpGrowthPct': { kind: 'assumed', reason: '按“十四五”规划预期增速' },
    energy: { kind: 'reference', refId: 'nbs', citation: '广东统计年鉴 2021', year: 2021 },
  };
  s.electricity.fleet = [
    { id: 'fleet-coal', name: '本地煤电', type: 'coal', capacityMW: 600, utilisationHours: 4000, commissioningYear: 2005, status: 'operating', included: true, source: { kind: 'assumed', reason: '测试机组' } },
  ];
  s.electricity.projects = [
    { id: 'pv-a', name: '农光互补 A', type: 'pv', capacityMW: 100, utilisationHours: 1100, commissioningYear: 2022, status: 'underConstruction', included: true, source: { kind: 'document', file: QY_FILE, line: 1243, quote: '农光互补项目' } },
    { id: 'wind-b', name: '高山风电场', type: 'wind', capacityMW: 50, utilisationHours: [{ year: 2020, value: 2000 }, { year: 2030, value: 2200 }], commissioningYear: 2024, status: 'planned', included: true, source: { kind: 'assumed', reason: '规划项目' } },
  ];
  s.electricity.pumpedStorage = [
    { id: 'ps-a', name: '抽蓄电站', capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 240, attribution: 'legacyCo2Only', commissioningYear: 2028, status: 'planned', included: true, source: { kind: 'document', file: '004_59f5176fc450bca8.txt', line: 88 } },
  ];
  s.targets = [
    { id: 't-co2', label: '单位GDP二氧化碳排放降低', metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 18, binding: true, source: { kind: 'assumed', reason: '国家目标' } },
  ];
  return s;
}

export type EditCall = { next: Scenario; key: string | undefined };

/**
 * An open document in memory with the app's edit gate (edits checked by the
 * engine, in-process in tests), recording each edit it takes.
 */
export function memoryDocument(initial: Scenario, readOnly: boolean, calls: EditCall[]) {
  let present = initial;
  const listeners = new Set<() => void>();
  const gate = createEditGate({
    present: () => present,
    readOnly: () => readOnly,
    accept: (next, key) => {
      calls.push({ next, key });
      present = next;
      for (const l of [...listeners]) l();
    },
  });
  return {
    present: () => present,
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    propose: gate.propose,
    readOnly,
  };
}

/** EditorPage over a document that applies its edits once the engine has checked them, recording each one. */
export function Harness({
  initial,
  readOnly = false,
  calls,
  onCopy,
  inherit,
  slots,
  view,
}: {
  initial: Scenario;
  readOnly?: boolean;
  calls: EditCall[];
  onCopy?: () => void;
  inherit?: Pick<EditorDocument, 'inheritance' | 'discardStale' | 'detach'>;
  slots?: EditorSlots;
  view?: ScenarioView;
}) {
  const [mem] = useState(() => memoryDocument(initial, readOnly, calls));
  const scenario = useSyncExternalStore(mem.subscribe, mem.present);
  const doc = useMemo<EditorDocument>(() => ({ ...mem, scenario, ...inherit }), [mem, scenario, inherit]);
  return <EditorPage doc={doc} onCopy={onCopy} slots={slots} view={view} />;
}
