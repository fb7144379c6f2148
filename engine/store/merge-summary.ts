/** The import summary of a merge plan, once the store knows how many withdrawn entities it removed. */
import type { MergePlan } from "./merge-plan.ts";
import type { ImportSummary } from "./types.ts";

export function summaryOf(plan: MergePlan, entitiesRemoved: number): Required<ImportSummary> {
  return {
    entitiesCreated: plan.createEntities.length,
    linksCreated: plan.createLinks.length,
    entitiesMatched: plan.entitiesMatched,
    linksMatched: plan.linksMatched,
    entitiesUpdated: plan.updateEntities.length,
    linksUpdated: plan.updateLinks.length + plan.moveLinks.length,
    entitiesRemoved,
    linksRemoved: plan.withdrawnLinks.length,
  };
}
