// The option is shared with the report and the comparison, so it lives in renderer/components.
export { sectorCo2Option, UNALLOCATED_KINDS, type SectorCtx, type SectorsTranslate } from '../../components/results/sector-chart-option';
