/**
 * The ego network drawn as an SVG on the server, so the dossier needs no
 * script and prints as it shows. The target sits in the centre and the actors
 * tied to it on a circle, grouped by community; each label runs outward along
 * its node's radius, so labels of neighbouring nodes never overlap however
 * long the names. Colours are the viewer's (engine/model/palette.ts):
 * communities in Tol's muted scheme by id; organisations are squares.
 * A line is a tie, thicker for a heavier one, its evidence in its tooltip;
 * the target's own ties are drawn dark, the ties among the others faint, so
 * the spokes stay readable when the others all know each other.
 */
import { describeEvidence } from "../../analytics/index.ts";
import { communityColour, NEUTRAL } from "../../model/palette.ts";
import { escapeXml as x } from "../escape.ts";
import { compareText } from "../order.ts";
import type { EgoNetwork, EgoNode } from "./ego-network.ts";

const RADIUS = 200;
const FONT = 11;
/** Longest label drawn; the full name is in the node's tooltip and the tables. */
const LABEL_CHARS = 28;
const MARGIN = 12 + Math.ceil(LABEL_CHARS * FONT * 0.6);

/**
 * A community's colour as the viewer gives it: keyed to the community's id
 * (the analysis numbers communities largest first), so a network has the
 * same colour on screen and on paper.
 */
export const nodeColour = (node: Pick<EgoNode, "community">): string =>
  node.community === null ? NEUTRAL : communityColour(node.community);

export function egoSvg(network: EgoNetwork): string {
  const ranks = new Map(network.communities.map((community, rank) => [community.id, rank]));
  const rankOf = (node: EgoNode) =>
    node.community === null ? Infinity : ranks.get(node.community)!;
  const ring = network.nodes
    .filter((node) => node.ring === 1)
    .sort((a, b) => rankOf(a) - rankOf(b) || compareText(a.id, b.id));
  const angle = new Map(
    ring.map((node, i) => [node.id, (2 * Math.PI * i) / ring.length - Math.PI / 2]),
  );
  const at = (id: string) => {
    const theta = angle.get(id);
    return theta === undefined
      ? { x: 0, y: 0 }
      : { x: round(RADIUS * Math.cos(theta)), y: round(RADIUS * Math.sin(theta)) };
  };

  // The faint lines first, so that the target's own ties are drawn over them.
  const ordered = [...network.edges].sort(
    (a, b) =>
      Number(angle.has(b.source) && angle.has(b.target)) -
      Number(angle.has(a.source) && angle.has(a.target)),
  );
  const lines = ordered.map((edge) => {
    const a = at(edge.source);
    const b = at(edge.target);
    const width = Math.min(1 + Math.log2(1 + edge.weight), 6).toFixed(1);
    const evidence = describeEvidence({
      ties: 1,
      kinds: edge.kinds,
      amounts: {},
      first: null,
      last: null,
    });
    const own = !angle.has(edge.source) || !angle.has(edge.target);
    const look = own
      ? `stroke="#444" stroke-width="${width}"`
      : `stroke="#bbb" stroke-width="0.6" stroke-opacity="0.6"`;
    return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" ${look}><title>${x(evidence)}</title></line>`;
  });
  const nodes = network.nodes.map((node) => {
    const { x: cx, y: cy } = at(node.id);
    const r = node.ring === 0 ? 12 : 7;
    const fill = nodeColour(node);
    const outline = node.ring === 0 ? ` stroke="#000" stroke-width="2.5"` : ` stroke="#fff"`;
    const shape =
      node.type === "organisation"
        ? `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${fill}"${outline}>`
        : `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${outline}>`;
    const close = node.type === "organisation" ? "</rect>" : "</circle>";
    return `<g class="node ${x(node.type)}">${shape}<title>${x(`${node.label} (${node.id})`)}</title>${close}${label(node, angle.get(node.id), r)}</g>`;
  });
  const half = RADIUS + MARGIN;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-half} ${-half} ${2 * half} ${2 * half}" width="100%" role="img" aria-label="ego network">`,
    `<g class="links">${lines.join("")}</g>`,
    `<g class="nodes" font-size="${FONT}" font-family="sans-serif">${nodes.join("")}</g>`,
    `</svg>`,
  ].join("\n");
}

/** The target's label under it; another's outward along its radius, turned to read left to right. */
function label(node: EgoNode, theta: number | undefined, r: number): string {
  const text = x(shorten(node.label));
  if (theta === undefined) {
    return `<text x="0" y="${r + FONT + 2}" text-anchor="middle" font-weight="bold" stroke="#fff" stroke-width="3" paint-order="stroke">${text}</text>`;
  }
  const distance = RADIUS + r + 4;
  const lx = round(distance * Math.cos(theta));
  const ly = round(distance * Math.sin(theta));
  const left = Math.cos(theta) < -1e-9;
  const degrees = round((theta * 180) / Math.PI + (left ? 180 : 0));
  return `<text x="${lx}" y="${ly}" dy="0.35em" text-anchor="${left ? "end" : "start"}" transform="rotate(${degrees} ${lx} ${ly})">${text}</text>`;
}

const shorten = (text: string) =>
  text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text;

const round = (value: number) => Math.round(value * 10) / 10;
