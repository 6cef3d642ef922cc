import type { SourceRef } from '../../shared/model/provenance';
import type { Scenario } from '../../shared/model/scenario';

export type DataSources = {
  /** publications behind the reference entries the presets cite, deduplicated and sorted */
  references: string[];
  /** planning-document files cited by line, deduplicated and sorted */
  documents: string[];
};

/** Who published a reference entry (seeds/reference); undefined for an unknown id. */
export type ReferenceLookup = (refId: string) => { publisher: string; document: string; year: number } | undefined;

function refsOf(s: Scenario): SourceRef[] {
  const e = s.electricity;
  return [
    ...Object.values(s.sources),
    ...e.fleet.map((g) => g.source),
    ...e.projects.map((g) => g.source),
    ...e.pumpedStorage.map((p) => p.source),
    ...s.targets.map((t) => t.source),
  ];
}

/**
 * What the presets are built from, for the About / data sources dialog: read
 * from the data itself, never typed twice. Several reference entries usually
 * come from one publication, which is listed once.
 */
export function collectDataSources(presets: readonly Scenario[], lookup: ReferenceLookup = () => undefined): DataSources {
  const references = new Set<string>();
  const documents = new Set<string>();
  for (const ref of presets.flatMap(refsOf)) {
    if (ref.kind === 'document') documents.add(ref.file);
    if (ref.kind !== 'reference') continue;
    const src = lookup(ref.refId);
    if (src) references.add(`${src.publisher} · ${src.document} (${src.year})`);
    else references.add(ref.year && !ref.citation.includes(String(ref.year)) ? `${ref.citation} (${ref.year})` : ref.citation);
  }
  return { references: [...references].sort(), documents: [...documents].sort() };
}
