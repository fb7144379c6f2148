/**
 * The view as a PNG that can travel: the drawing with, above it, the
 * classification banner of what it shows (the highest classification among
 * the nodes and links drawn, and their handling codes), a title, the date and
 * who made it; beside it, the legend. The banner repeats at the bottom, as on
 * a printed page.
 */
import { CLASSIFICATIONS } from "../../../engine/model/vocabulary.ts";
import { composite, saveBlob } from "../graph/snapshot.ts";
import { humanize } from "../ui/dom.ts";
import type { Workspace } from "../workspace.ts";
import { legendColours } from "./legend.ts";

const BANNER = 30;
const TITLE = 44;
const LEGEND_WIDTH = 260;
const LINE = 18;

/** The highest classification and the handling codes among what is drawn. */
export function markings(workspace: Workspace): { level: string; codes: string[] } {
  const { hiddenNodes } = workspace.canvas.derived();
  let rank = 0;
  const codes = new Set<string>();
  const read = (attributes: Record<string, unknown>) => {
    rank = Math.max(rank, CLASSIFICATIONS.indexOf(attributes.classification as never));
    if (typeof attributes.handling_code === "string") codes.add(attributes.handling_code);
  };
  workspace.graph.forEachNode((node, attributes) => {
    if (!hiddenNodes.has(node)) read(attributes);
  });
  workspace.graph.forEachEdge((_, attributes, source, target) => {
    if (!hiddenNodes.has(source) && !hiddenNodes.has(target)) read(attributes);
  });
  return { level: CLASSIFICATIONS[Math.max(0, rank)]!, codes: [...codes].sort() };
}

/** "Network view: 1,521 of 1,521 nodes, around Leila Idrissi" */
export function viewTitle(workspace: Workspace): string {
  const { graph } = workspace;
  const shown = graph.order - workspace.canvas.derived().hiddenNodes.size;
  const focus = workspace.state.selected.at(-1);
  const around =
    focus && graph.hasNode(focus)
      ? `, around ${String(graph.getNodeAttribute(focus, "label"))}`
      : "";
  const what = workspace.level === "communities" ? "Communities" : "Network view";
  return `Crosslink · ${what}: ${shown.toLocaleString("en")} of ${graph.order.toLocaleString("en")} nodes${around}`;
}

export function exportView(workspace: Workspace, title = viewTitle(workspace)): Promise<void> {
  const drawing = composite(workspace.canvas.renderer);
  const ratio = window.devicePixelRatio || 1;
  const width = drawing.width + LEGEND_WIDTH * ratio;
  const height = drawing.height + (2 * BANNER + TITLE) * ratio;
  const out = document.createElement("canvas");
  out.width = width;
  out.height = height;
  const context = out.getContext("2d")!;
  context.scale(ratio, ratio);
  const w = width / ratio;
  const h = height / ratio;
  context.fillStyle = "#FFFFFF";
  context.fillRect(0, 0, w, h);
  const { level, codes } = markings(workspace);
  const banner = `${level.toUpperCase()}${codes.length > 0 ? ` · ${codes.join(" · ")}` : ""}`;
  for (const y of [0, h - BANNER]) {
    context.fillStyle = level === "unclassified" ? "#1E7D32" : "#A3260F";
    context.fillRect(0, y, w, BANNER);
    context.fillStyle = "#FFFFFF";
    context.font = "bold 15px sans-serif";
    context.textAlign = "center";
    context.fillText(banner, w / 2, y + 20, w - 20);
  }
  context.textAlign = "left";
  context.fillStyle = "#1B1F24";
  context.font = "bold 17px sans-serif";
  context.fillText(title, 12, BANNER + 20, w - 24);
  context.font = "13px sans-serif";
  context.fillStyle = "#4F5A66";
  const { name, clearance } = workspace.api.user;
  context.fillText(
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · made by ${name} (cleared ${clearance})`,
    12,
    BANNER + 38,
  );
  context.drawImage(drawing, 0, BANNER + TITLE, drawing.width / ratio, drawing.height / ratio);
  // The legend to the right of the drawing.
  let y = BANNER + TITLE + 20;
  const x = w - LEGEND_WIDTH + 12;
  context.fillStyle = "#1B1F24";
  context.font = "bold 13px sans-serif";
  context.fillText(`Colour: ${humanize(workspace.state.settings.colourBy)}`, x, y);
  context.font = "12px sans-serif";
  for (const [colour, text] of legendColours(workspace)) {
    y += LINE;
    context.fillStyle = colour;
    context.beginPath();
    context.arc(x + 6, y - 4, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = "#1B1F24";
    context.fillText(text, x + 18, y, LEGEND_WIDTH - 36);
  }
  y += LINE * 1.5;
  context.fillStyle = "#4F5A66";
  context.fillText("Ring: a second crime type, in its colour", x, y, LEGEND_WIDTH - 24);
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => {
      if (!blob) return reject(new Error("viewer: the picture could not be encoded"));
      saveBlob(blob, "crosslink-view.png");
      resolve();
    }, "image/png");
  });
}
