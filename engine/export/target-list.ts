/**
 * The ranked target list as every front end gives it (`crosslink targets`,
 * `GET /api/targets`): each target of the Analysis as it stands there (rank,
 * score, feature percentiles, reasons, community), with how the record must
 * be handled (type, label, classification, handling code) and its direct
 * crime types. One projection, so the CLI and the API cannot disagree.
 */
import type { Analysis, TargetRecord } from "../analytics/index.ts";
import type { Classification, CrimeType, EntityGraph } from "../model/index.ts";

export interface TargetListEntry extends TargetRecord {
  type: string;
  label: string;
  classification: Classification;
  handling_code?: string;
  crimeTypes: CrimeType[];
}

/** The first `limit` targets of `analysis`, which was computed on `graph`. */
export function targetList(
  graph: EntityGraph,
  analysis: Analysis,
  limit: number,
): TargetListEntry[] {
  const crimeTypes = new Map(analysis.persons.map((person) => [person.id, person.crimeTypes]));
  return analysis.targets.slice(0, limit).map((target) => {
    const { type, label, classification, handling_code } = graph.getNodeAttributes(target.id);
    return {
      ...target,
      type,
      label,
      classification,
      ...(handling_code !== undefined && { handling_code }),
      crimeTypes: crimeTypes.get(target.id) ?? [],
    };
  });
}
