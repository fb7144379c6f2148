/**
 * Moving the camera onto nodes: the box around their drawn positions (sigma's
 * framed coordinates, where the whole graph spans 0 to 1) is fitted, with a
 * margin, into the part of the canvas the overlays leave free (overlays.ts),
 * never closer than `minRatio` so a single node keeps some context.
 */
import type Sigma from "sigma";
import type { Camera } from "sigma";
import type { CameraState } from "sigma/types";
import type { Rect } from "./overlays.ts";

export interface FrameOptions {
  /** Share of the free part of the view the nodes may fill. */
  fill?: number;
  minRatio?: number;
  /** Farthest out the camera goes: past 1 when overlays leave less room than the whole view. */
  maxRatio?: number;
  duration?: number;
  /** Where on the canvas the nodes must land (pixels); the whole canvas by default. */
  free?: Rect;
}

export function frameNodes(
  renderer: Sigma,
  nodes: Iterable<string>,
  options: FrameOptions = {},
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
  const target = cameraFor(renderer, { minX, minY, maxX, maxY }, options);
  return animateCamera(renderer.getCamera(), target, options.duration ?? 500);
}

/**
 * Sigma's `camera.animate`, but always settling. Sigma runs the first frame
 * at once and stores the promise's callback after it: when that frame already
 * ends the animation (the clock passed `duration` in between, likely for a
 * short one on a loaded machine), the callback is stored too late and never
 * called. A camera that is disabled never calls it either. Both leave the
 * camera not animated, which is when this resolves at once.
 */
export function animateCamera(
  camera: Camera,
  state: Partial<CameraState>,
  duration: number,
): Promise<void> {
  return new Promise((resolve) => {
    camera.animate(state, { duration }, resolve);
    if (!camera.isAnimated()) resolve();
  });
}

/**
 * The camera that puts the box's centre at the free rectangle's centre with
 * the box filling `fill` of it. Sigma's viewport is linear in the camera
 * (angle 0): a point lands at centre + (point − camera) × scale / ratio, and
 * the scale per axis is read from sigma itself at ratio 1.
 */
function cameraFor(
  renderer: Sigma,
  box: { minX: number; minY: number; maxX: number; maxY: number },
  { fill = 0.8, minRatio = 0.2, maxRatio = 1.5, free }: FrameOptions,
): Partial<CameraState> {
  const { width, height } = renderer.getDimensions();
  const room = free ?? { left: 0, top: 0, right: width, bottom: height };
  const unit: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const centre = renderer.framedGraphToViewport({ x: 0.5, y: 0.5 }, { cameraState: unit });
  const step = renderer.framedGraphToViewport({ x: 1.5, y: 1.5 }, { cameraState: unit });
  const [scaleX, scaleY] = [step.x - centre.x, step.y - centre.y];
  const ratio = Math.min(
    maxRatio,
    Math.max(
      minRatio,
      ((box.maxX - box.minX) * Math.abs(scaleX)) / (fill * (room.right - room.left)),
      ((box.maxY - box.minY) * Math.abs(scaleY)) / (fill * (room.bottom - room.top)),
    ),
  );
  const [roomX, roomY] = [(room.left + room.right) / 2, (room.top + room.bottom) / 2];
  return {
    x: (box.minX + box.maxX) / 2 - ((roomX - centre.x) * ratio) / scaleX,
    y: (box.minY + box.maxY) / 2 - ((roomY - centre.y) * ratio) / scaleY,
    ratio,
  };
}
