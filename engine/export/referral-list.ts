/**
 * The referral list for an internet referral unit: every online account the
 * networks use, one row each, with the platform, handle and URL to act on,
 * the network (community) it serves, who uses it, how central it is to that
 * network's recruiting, and the records that show it with their
 * classification and handling codes.
 *
 * Read from the one Analysis of what the caller may see (communities,
 * categories, target ranks, and the person network's ties and account users)
 * and from the store's query layer (the account's fields and its usage links,
 * the caller's clearance applied inside the query), so it holds nothing a
 * user may not see and scores nothing derived from a hidden record.
 *
 * Recruiting reach: the smuggled persons tied in the person network to the
 * account's users (calls, payments, shared devices: whoever the users reach).
 * An account's share is its reach over the smuggled persons tied to any member
 * of its network; its rank orders the network's accounts by reach.
 */
import type { Analysis, NetworkAnalysis, PersonNetwork } from "../analytics/index.ts";
import { classificationRank, type Classification, type CrimeType } from "../model/index.ts";
import type { Caller, GraphQueries, LinkSummary } from "../store/index.ts";
import { toCsv } from "./csv.ts";
import { compareText } from "./order.ts";

const ACCOUNT_TYPE = "online_account";
const USAGE_TYPE = "uses_account";
const SMUGGLED = "smuggled_person";
/** Links read per account: far more users than any account has. */
const LINK_LIMIT = 500;

export interface ReferralUser {
  id: string;
  name: string;
  /** Person category (suspect, smuggled_person...) or organisation kind. */
  category: string | null;
  /** Rank of the target score among every person who may be a target; null for protected ones. */
  targetRank: number | null;
  /** Target score; null for protected persons and organisations. */
  score: number | null;
  /** Smuggled persons tied to this user in the person network. */
  recruitingReach: number;
}

export interface ReferralEvidence {
  id: string;
  kind: "entity" | "link";
  type: string;
  classification: Classification;
  handling_code?: string;
  source?: string;
  date?: string;
}

export interface ReferralRow {
  account: string;
  platform: string;
  handle: string;
  url: string | null;
  network: { community: number; name: string; dominantCrime: CrimeType | null };
  users: ReferralUser[];
  /** Distinct smuggled persons tied to any user of the account. */
  recruitingReach: number;
  /** recruitingReach over the smuggled persons tied to any member of the network (0 when none are). */
  recruitingShare: number;
  /** 1 for the network's account with the largest reach (ties by account id). */
  networkRank: number;
  /** The highest classification of the records the row carries: the account, its usage links and its users. */
  classification: Classification;
  /** Every handling code of those records, sorted. */
  handlingCodes: string[];
  evidence: ReferralEvidence[];
}

export interface ReferralSource extends NetworkAnalysis {
  store: GraphQueries;
  caller: Caller;
}

/** One row per online account used by a person or organisation the caller may see; by network, then rank. */
export async function referralList(source: ReferralSource): Promise<ReferralRow[]> {
  const { analysis, network, store, caller } = source;
  const reach = recruitingReach(analysis, network);
  const communities = new Map(analysis.communities.map((c) => [c.id, c]));
  const actors = new Map(
    [...analysis.persons, ...analysis.organisations].map((actor) => [actor.id, actor]),
  );

  const rows: Omit<ReferralRow, "networkRank">[] = [];
  for (const attached of analysis.attached) {
    if (attached.type !== ACCOUNT_TYPE) continue;
    const record = await store.entity(attached.id, { ...caller, linkLimit: LINK_LIMIT });
    if (!record) continue;
    const usages = record.links.filter(
      (link) => link.type === USAGE_TYPE && actors.has(link.other.id),
    );
    const users = usages.map((link): ReferralUser => {
      const actor = actors.get(link.other.id)!;
      return {
        id: actor.id,
        name: actor.name,
        category: actor.category,
        targetRank: actor.targetRank,
        score: actor.score,
        recruitingReach: reach.ofActor(actor.id).size,
      };
    });
    const reached = new Set(users.flatMap((user) => [...reach.ofActor(user.id)]));
    const community = communities.get(attached.community)!;
    const networkReach = reach.ofCommunity(community.id);
    const { attributes } = record;
    const evidence = [accountEvidence(attached.id, attributes), ...usages.flatMap(usageEvidence)];
    rows.push({
      account: attached.id,
      platform: String(attributes.platform),
      handle: String(attributes.handle),
      url: typeof attributes.url === "string" ? attributes.url : null,
      network: {
        community: community.id,
        name: community.name,
        dominantCrime: community.dominantCrime,
      },
      users: users.sort((a, b) => b.recruitingReach - a.recruitingReach || compareText(a.id, b.id)),
      recruitingReach: reached.size,
      recruitingShare: networkReach === 0 ? 0 : round(reached.size / networkReach),
      classification: highest(evidence),
      handlingCodes: [...new Set(evidence.flatMap((item) => item.handling_code ?? []))].sort(
        compareText,
      ),
      evidence,
    });
  }
  return ranked(rows);
}

/** The rows as CSV, one per account; lists joined by ";". */
export function referralCsv(rows: readonly ReferralRow[]): string {
  return toCsv(
    REFERRAL_COLUMNS,
    rows.map((row) => [
      row.account,
      row.platform,
      row.handle,
      row.url,
      row.network.community,
      row.network.name,
      row.network.dominantCrime,
      row.networkRank,
      row.recruitingReach,
      row.recruitingShare,
      row.users.map((user) => user.id).join(";"),
      row.users.map((user) => user.name).join(";"),
      row.users.map((user) => user.category ?? "").join(";"),
      row.classification,
      row.handlingCodes.join(";"),
      row.evidence.map((item) => item.id).join(";"),
      row.evidence.flatMap((item) => item.source ?? []).join(";"),
    ]),
  );
}

export const REFERRAL_COLUMNS = [
  "account",
  "platform",
  "handle",
  "url",
  "community",
  "network",
  "dominant_crime",
  "network_rank",
  "recruiting_reach",
  "recruiting_share",
  "users",
  "user_names",
  "user_categories",
  "classification",
  "handling_codes",
  "evidence",
  "sources",
] as const;

/** Smuggled persons tied to each actor and to each community's members, computed on first ask. */
function recruitingReach(analysis: Analysis, network: PersonNetwork) {
  const { csr } = network;
  const index = new Map(csr.ids.map((id, v) => [id, v]));
  const smuggled = new Set(
    analysis.persons.filter((person) => person.category === SMUGGLED).map((person) => person.id),
  );
  const members = new Map(analysis.communities.map((c) => [c.id, c.members]));
  const byActor = new Map<string, Set<string>>();
  const byCommunity = new Map<number, number>();
  const ofActor = (id: string): Set<string> => {
    let reached = byActor.get(id);
    if (!reached) {
      reached = new Set();
      const v = index.get(id);
      if (v !== undefined) {
        for (let k = csr.offsets[v]!; k < csr.offsets[v + 1]!; k++) {
          const other = csr.ids[csr.targets[k]!]!;
          if (smuggled.has(other)) reached.add(other);
        }
      }
      byActor.set(id, reached);
    }
    return reached;
  };
  const ofCommunity = (community: number): number => {
    let count = byCommunity.get(community);
    if (count === undefined) {
      const reached = new Set((members.get(community) ?? []).flatMap((id) => [...ofActor(id)]));
      count = reached.size;
      byCommunity.set(community, count);
    }
    return count;
  };
  return { ofActor, ofCommunity };
}

function accountEvidence(id: string, attributes: Record<string, unknown>): ReferralEvidence {
  return {
    id,
    kind: "entity",
    type: ACCOUNT_TYPE,
    classification: attributes.classification as Classification,
    ...(typeof attributes.handling_code === "string" && {
      handling_code: attributes.handling_code,
    }),
    ...(typeof attributes.source === "string" && { source: attributes.source }),
  };
}

/** A usage link and the user record it names: both are carried by the row. */
function usageEvidence(link: LinkSummary): ReferralEvidence[] {
  const { other } = link;
  return [
    {
      id: link.id,
      kind: "link",
      type: link.type,
      classification: link.classification,
      ...(link.handling_code !== undefined && { handling_code: link.handling_code }),
      ...(link.date !== undefined && { date: link.date }),
    },
    {
      id: other.id,
      kind: "entity",
      type: other.type,
      classification: other.classification,
      ...(other.handling_code !== undefined && { handling_code: other.handling_code }),
    },
  ];
}

function highest(evidence: readonly ReferralEvidence[]): Classification {
  return evidence.reduce<Classification>(
    (top, item) =>
      classificationRank(item.classification) > classificationRank(top) ? item.classification : top,
    "unclassified",
  );
}

/** Rows by network, then reach (largest first), then account id; each numbered within its network. */
function ranked(rows: Omit<ReferralRow, "networkRank">[]): ReferralRow[] {
  rows.sort(
    (a, b) =>
      a.network.community - b.network.community ||
      b.recruitingReach - a.recruitingReach ||
      compareText(a.account, b.account),
  );
  let rank = 0;
  return rows.map((row, i) => {
    rank = i > 0 && rows[i - 1]!.network.community === row.network.community ? rank + 1 : 1;
    return { ...row, networkRank: rank };
  });
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;
