/**
 * How a board simulation names a person: "Name (ID)", the id alone when the
 * reader's view has no name for it. Apart from simulate.ts so the viewer
 * can use it without bundling the analytics.
 */
export function namedInSimulation(
  simulation: { names: Record<string, string> },
  id: string,
): string {
  const name = simulation.names[id];
  return name && name !== id ? `${name} (${id})` : id;
}
