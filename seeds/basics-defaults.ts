import type { BasicsDefaults } from '../shared/model/from-basics';
import type { Target } from '../shared/model/scenario';
import { GENERATOR_TYPES, type GeneratorType } from '../shared/model/vocabulary';
import type { SourceRef } from '../shared/model/provenance';
import { lianzhouBaseline } from './presets/lianzhou/scenarios';
import { ref } from './presets/common';
import { TYPICAL_HOURS, TYPICAL_HOURS_ENTRY } from './reference/typical';

/**
 * What a scenario started from base-year figures takes where the planner gave
 * none (shared/model/from-basics.ts): 连州's baseline, a county-level city of
 * 清远 with published base-year figures, for paths, fuel mixes, factors and
 * methods; the reference library's typical hours for the plants typed; and the
 * national and provincial 14th-plan targets as stand-ins for the targets a
 * city hands down, each saying so. Without the `valueInYear` the caller passes.
 */

const STAND_IN = {
  en: 'Stand-in until the planner enters the figure handed down to this region.',
  zh: '在录入上级下达本地区的指标之前暂代。',
};

const TARGETS: Target[] = [
  {
    id: 'default-energy-intensity-2025',
    label: '“十四五”单位地区生产总值能源消耗降低（暂按全省 14.0%）',
    labelEn: 'Energy intensity −14.0 % 2020→2025 (Guangdong\'s target as a stand-in)',
    metric: 'energyIntensityReduction',
    fromYear: 2020,
    year: 2025,
    value: 14,
    binding: true,
    source: ref('gd-14fyp-energy-intensity', STAND_IN),
  },
  {
    id: 'default-co2-intensity-2025',
    label: '“十四五”单位地区生产总值二氧化碳排放降低（暂按全国 18%）',
    labelEn: 'CO2 intensity −18 % 2020→2025 (the national target as a stand-in)',
    metric: 'co2IntensityReduction',
    fromYear: 2020,
    year: 2025,
    value: 18,
    binding: true,
    source: ref('cn-14fyp-co2-intensity', STAND_IN),
  },
  {
    id: 'default-peak-2030',
    label: '2030 年前碳达峰（暂按全国目标）',
    labelEn: 'Peak before 2030 (the national goal as a stand-in)',
    metric: 'peakYear',
    year: 2030,
    value: 2030,
    binding: false,
    source: ref('cn-peak-2030', STAND_IN),
  },
];

const hoursSources = Object.fromEntries(
  GENERATOR_TYPES.map((t) => [
    t,
    ref(TYPICAL_HOURS_ENTRY[t], {
      en: 'Typical hours of the type: the plant was entered at the guided start without its own.',
      zh: '该类型的典型利用小时数：引导新建时录入的电厂未给出自身数值。',
    }),
  ]),
) as Record<GeneratorType, SourceRef>;

export const BASICS_DEFAULTS: Omit<BasicsDefaults, 'valueInYear'> = {
  template: lianzhouBaseline,
  templateName: { zh: '连州市基准情景预设（清远市下辖县级市，2020 年）', en: '连州 (Lianzhou) baseline preset, a county-level city of 清远, 2020' },
  hours: TYPICAL_HOURS,
  hoursSources,
  targets: TARGETS,
};

