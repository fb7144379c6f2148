/** Target boards (engine/boards): requests, and the board, notes, saved views and simulation as served. */
import { Type } from "@sinclair/typebox";
import {
  EVIDENCE_KINDS,
  MEMBER_STATUSES,
  NOTE_SUBJECTS,
  type BoardReport,
  type BoardSimulation,
  type Note as EngineNote,
  type SavedView as EngineView,
} from "../../engine/boards/index.ts";
import { Classification, EntityId, Strict } from "./common.ts";
import { DisruptionResult } from "./disruption.ts";
import { servedAs } from "./served-as.ts";

/** A choice of constants, typed as the engine's union (not string). */
const literals = <T extends readonly string[]>(values: T) =>
  Type.Unsafe<T[number]>(Type.Union(values.map((value) => Type.Literal(value))));

export const BoardName = Type.String({ pattern: "^[A-Za-z0-9._-]{1,64}$" });
const Status = literals(MEMBER_STATUSES);
const Text = Type.String({ minLength: 1, maxLength: 4000 });

/** Every change may carry its own marking: at most the author's clearance, default restricted. */
const Marking = {
  classification: Type.Optional(Classification),
  handling_code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
};

const Evidence = Type.Object({ kind: literals(EVIDENCE_KINDS), id: Type.String() });

export const BoardParams = Strict({ name: BoardName });
export const MemberParams = Strict({ name: BoardName, id: EntityId });
export const ViewParams = Strict({ id: Type.String({ pattern: "^[A-Za-z0-9_-]{1,32}$" }) });

export const CreateBoardBody = Strict({ title: Type.Optional(Text), ...Marking });
export const AddMembersBody = Strict({
  ids: Type.Array(EntityId, { minItems: 1, maxItems: 200, uniqueItems: true }),
  status: Type.Optional(Status),
  note: Type.Optional(Text),
  ...Marking,
});
export const SetMemberBody = Strict({
  status: Type.Optional(Status),
  rationale: Type.Optional(Text),
  owner: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  evidence: Type.Optional(
    Type.Array(Strict({ kind: literals(EVIDENCE_KINDS), id: EntityId }), { maxItems: 200 }),
  ),
  ...Marking,
});
export const SimulateBody = Strict({
  ids: Type.Optional(
    Type.Array(EntityId, {
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      description: "members to simulate instead of the approved ones",
    }),
  ),
});
export const NoteBody = Strict({
  subject: literals(NOTE_SUBJECTS),
  about: Type.String({
    minLength: 1,
    maxLength: 401,
    description: "a person id, a tie P1|P2, or for a community the id of one of its members",
  }),
  text: Text,
  board: Type.Optional(BoardName),
  ...Marking,
});
export const NotesQuery = Strict({
  subject: Type.Optional(literals(NOTE_SUBJECTS)),
  about: Type.Optional(Type.String({ minLength: 1, maxLength: 401 })),
});
/** The ids a saved state lists: cut to each reader's view when the view is read. */
const ViewIds = Type.Optional(Type.Array(EntityId, { maxItems: 500 }));
const ViewState = Type.Object(
  { selected: ViewIds, expanded: ViewIds },
  {
    additionalProperties: true,
    description:
      "the viewer's state: filters, time window, camera; `selected` and `expanded` list entity ids, and a reader gets only those they may see",
  },
);
export const SaveViewBody = Strict({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  state: ViewState,
  ...Marking,
});

const Stamp = Type.Object({ by: Type.String(), at: Type.String() });
const Snapshot = Type.Object({
  rank: Type.Union([Type.Integer(), Type.Null()]),
  score: Type.Union([Type.Number(), Type.Null()]),
  ties: Type.Array(Type.String()),
  transfers: Type.Array(Type.String()),
  cases: Type.Array(Type.String()),
  crimeLinks: Type.Array(Type.String()),
});
const Move = <T extends ReturnType<typeof Type.Integer> | ReturnType<typeof Type.Number>>(of: T) =>
  Type.Object({
    before: Type.Union([of, Type.Null()]),
    now: Type.Union([of, Type.Null()]),
  });
const Money = Type.Record(Type.String(), Type.Number());

export const Note = servedAs<EngineNote>()(
  Type.Object({
    seq: Type.Integer(),
    subject: literals(NOTE_SUBJECTS),
    about: Type.String(),
    text: Type.String(),
    board: Type.Union([Type.String(), Type.Null()]),
    by: Type.String(),
    at: Type.String(),
    classification: Classification,
    handling_code: Type.Optional(Type.String()),
    network: Type.Optional(
      Type.Integer({
        description:
          "A note on a community: the caller's community of the member it is about (`about`)",
      }),
    ),
  }),
);

/** A change as the history lists it: who, when, how marked, and what (the change's own fields). */
const HistoryEntry = Type.Object(
  {
    seq: Type.Integer(),
    time: Type.String(),
    user: Type.String(),
    kind: Type.String(),
    classification: Classification,
    handling_code: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);

export const Board = servedAs<BoardReport>()(
  Type.Object({
    name: Type.String(),
    title: Type.Union([Type.String(), Type.Null()]),
    created: Stamp,
    members: Type.Array(
      Type.Object({
        person: Type.String(),
        name: Type.String(),
        status: Status,
        owner: Type.Union([Type.String(), Type.Null()]),
        rationale: Type.Union([Type.String(), Type.Null()]),
        evidence: Type.Array(Evidence),
        added: Stamp,
        updated: Stamp,
        review: Type.Union([
          Type.Intersect([Stamp, Type.Object({ snapshot: Snapshot })]),
          Type.Null(),
        ]),
        rank: Type.Union([Type.Integer(), Type.Null()]),
        score: Type.Union([Type.Number(), Type.Null()]),
        changes: Type.Object({
          since: Type.Union([Type.String(), Type.Null()]),
          rank: Move(Type.Integer()),
          score: Move(Type.Number()),
          newTies: Type.Array(Type.String()),
          newTransfers: Type.Array(Type.String()),
          newMoney: Type.Object({ sent: Money, received: Money }),
          newCases: Type.Array(Type.String()),
          newCrimeLinks: Type.Array(Type.String()),
          changed: Type.Boolean(),
        }),
      }),
    ),
    notes: Type.Array(Note),
    history: Type.Array(HistoryEntry),
  }),
);

export const BoardList = Type.Object({
  boards: Type.Array(
    Type.Object({
      name: Type.String(),
      title: Type.Union([Type.String(), Type.Null()]),
      created: Stamp,
      members: Type.Integer(),
      approved: Type.Integer(),
    }),
  ),
});

const SetFigures = Type.Object({
  ids: Type.Array(Type.String()),
  fragmentation: Type.Number(),
  lccFraction: Type.Number(),
  curve: DisruptionResult,
});

export const Simulation = servedAs<BoardSimulation>()(
  Type.Object({
    chosen: SetFigures,
    best: SetFigures,
    swaps: Type.Array(
      Type.Object({ out: Type.String(), in: Type.String(), fragmentation: Type.Number() }),
    ),
    outside: Type.Array(Type.String()),
    names: Type.Record(Type.String(), Type.String()),
  }),
);

export const SavedView = servedAs<EngineView>()(
  Type.Object({
    id: Type.String(),
    name: Type.String(),
    state: ViewState,
    by: Type.String(),
    at: Type.String(),
    classification: Classification,
    handling_code: Type.Optional(Type.String()),
  }),
);

/** The saved views a reader may open, newest first, without their states. */
export const SavedViewList = Type.Object({
  views: Type.Array(Type.Omit(SavedView, ["state"])),
});
