/** The referral list (engine/export/referral-list.ts) as `GET /api/referrals` sends it. */
import { Type } from "@sinclair/typebox";
import type { ReferralRow } from "../../engine/export/index.ts";
import { Classification, CrimeType } from "./common.ts";
import { servedAs } from "./served-as.ts";

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

const ReferralUser = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: Nullable(Type.String()),
  targetRank: Nullable(Type.Integer()),
  score: Nullable(Type.Number()),
  recruitingReach: Type.Integer({ description: "smuggled persons tied to this user" }),
});

const ReferralEvidence = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("entity"), Type.Literal("link")]),
  type: Type.String(),
  classification: Classification,
  handling_code: Type.Optional(Type.String()),
  source: Type.Optional(Type.String()),
  date: Type.Optional(Type.String()),
});

export const ReferralEntry = servedAs<ReferralRow>()(
  Type.Object({
    account: Type.String(),
    platform: Type.String(),
    handle: Type.String(),
    url: Nullable(Type.String()),
    network: Type.Object({
      community: Type.Integer(),
      name: Type.String(),
      dominantCrime: Nullable(CrimeType),
    }),
    users: Type.Array(ReferralUser),
    recruitingReach: Type.Integer({
      description: "distinct smuggled persons tied to any user of the account",
    }),
    recruitingShare: Type.Number({
      description: "recruitingReach over the smuggled persons tied to the network's members",
    }),
    networkRank: Type.Integer({ description: "1 for the network's account with the most reach" }),
    classification: Classification,
    handlingCodes: Type.Array(Type.String()),
    evidence: Type.Array(ReferralEvidence),
  }),
);
