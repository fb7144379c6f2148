/**
 * The ego network drawn as an SVG on the server, so the dossier needs no
 * script and prints as it shows: a circle per entity coloured by type, a
 * line per linked pair (thicker for more records), labels beside the nodes.
 */
import { escapeXml } from "../escape.ts";
import type { EgoNetwork } from "./ego-network.ts";
import { ringLayout, type LayoutOptions } from "./layout.ts";

export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  person: "#1f77b4",
  organisation: "#9467bd",
  phone: "#2ca02c",
  vehicle: "#ff7f0e",
  location: "#8c564b",
  route: "#17becf",
  case: "#d62728",
  online_account: "#e377c2",
};

const MARGIN = 130;

export function egoSvg(network: EgoNetwork, options: Partial<LayoutOptions> = {}): string {
  const positions = ringLayout(network, options);
  let extent = 1;
  for (const { x, y } of positions.values()) extent = Math.max(extent, Math.abs(x), Math.abs(y));
  const size = 2 * (extent + MARGIN);
  const lines = network.edges.map((edge) => {
    const a = positions.get(edge.source)!;
    const b = positions.get(edge.target)!;
    const width = Math.min(1 + Math.log2(edge.count), 6).toFixed(1);
    return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${width}"><title>${escapeXml(`${edge.type} ×${edge.count}`)}</title></line>`;
  });
  const nodes = network.nodes.map((node) => {
    const { x, y } = positions.get(node.id)!;
    const r = node.ring === 0 ? 14 : 8;
    const anchor = x < -1 ? "end" : "start";
    const dx = x < -1 ? -(r + 4) : r + 4;
    return (
      `<g class="node ${escapeXml(node.type)}"><circle cx="${x}" cy="${y}" r="${r}" fill="${TYPE_COLOURS[node.type] ?? "#7f7f7f"}"><title>${escapeXml(`${node.type} ${node.id}`)}</title></circle>` +
      `<text x="${x + dx}" y="${y + 4}" text-anchor="${anchor}">${escapeXml(node.label)}</text></g>`
    );
  });
  const half = size / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-half} ${-half} ${size} ${size}" width="100%" role="img" aria-label="ego network">`,
    `<g class="links" stroke="#999" stroke-opacity="0.7">${lines.join("")}</g>`,
    `<g class="nodes" font-size="11" font-family="sans-serif">${nodes.join("")}</g>`,
    `</svg>`,
  ].join("\n");
}
