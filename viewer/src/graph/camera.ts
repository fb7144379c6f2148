/**
 * Moving the camera onto nodes: the box around their drawn positions (sigma's
 * framed coordinates, where the whole graph spans 0 to 1), with a margin,
 * never closer than `minRatio` so a single node keeps some context.
 */
import type Sigma from "sigma";

export interface FrameOptions {
  /** Share of the view the nodes may fill. */
  fill?: number;
  minRatio?: number;
  duration?: number;
}

export function frameNodes(
  renderer: Sigma,
  nodes: Iterable<string>,
  { fill = 0.6, minRatio = 0.2, duration = 500 }: FrameOptions = {},
): Promise<void> {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return Promise.resolve();
  const ratio = Math.min(1, Math.max(minRatio, Math.max(maxX - minX, maxY - minY) / fill));
  return renderer
    .getCamera()
    .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
