/** NMI between the planted groups of a generated world and the communities an Analysis found, over the groups' members. */
import type { GroundTruth } from "../../../../fixtures/generator/index.ts";
import { normalizedMutualInformation } from "../../communities/index.ts";
import type { Analysis } from "../types.ts";

export function plantedNmi(truth: GroundTruth, analysis: Analysis): number {
  const groups = [...truth.networks, truth.drugRing, truth.launderingCell];
  const planted = new Map<string, number>();
  groups.forEach((group, g) => group.members.forEach((member) => planted.set(member.id, g)));
  const found = new Map(analysis.persons.map((p) => [p.id, p.community]));
  const ids = [...planted.keys()];
  return normalizedMutualInformation(
    Int32Array.from(ids, (id) => planted.get(id)!),
    Int32Array.from(ids, (id) => found.get(id)!),
  );
}
