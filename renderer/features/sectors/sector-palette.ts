// The palette is shared with the report and the comparison, so it lives in renderer/components.
export { PROCESS_COLOR, SECTOR_COLORS, UNALLOCATED_COLORS } from '../../components/results/sector-palette';
