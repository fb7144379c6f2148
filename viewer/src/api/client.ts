/**
 * The typed API client. Every request carries the session token and goes
 * through the spinner; errors surface the server's message. All routes are
 * named here, in one place.
 */
import { busy } from "../ui/busy.ts";
import type {
  AnalyticInfo,
  CommunityMoneyFlow,
  CommunitySummary,
  CrimeOverlap,
  CrossCheckResult,
  DisruptionRequest,
  DisruptionResult,
  EntityDetail,
  GraphJson,
  MapLayer,
  MoneyFlow,
  PathsResult,
  SearchHit,
  Session,
  TargetsPage,
} from "./types.ts";
import type { TargetFilter, TargetSort } from "../../../engine/export/target-table.ts";
import type {
  Board as BoardReport,
  BoardSummary,
  MemberChange,
  Note,
  NoteRequest,
  SavedView,
  SavedViewList,
  Simulation as BoardSimulation,
} from "./board-types.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A targets table's filters and sort (engine/export/target-table.ts). */
export interface TargetTable {
  filter: TargetFilter;
  sort: TargetSort;
}

const tableQuery = ({ filter, sort }: TargetTable) => ({
  ...filter,
  sort: sort.key,
  descending: sort.descending ? "true" : undefined,
});

export interface NetworkQuery {
  depth?: number;
  limit?: number;
}

export class ApiClient {
  constructor(
    private readonly token: string,
    /** Who signed in: the role decides which tools the viewer offers. */
    readonly user: Session["user"],
    private readonly base = "/api",
  ) {}

  static async login(name: string, apiToken: string, base = "/api"): Promise<ApiClient> {
    const session = await request<Session>(`${base}/login`, undefined, {
      method: "POST",
      body: JSON.stringify({ name, token: apiToken }),
    });
    return new ApiClient(session.token, session.user, base);
  }

  /** The network, or above `maxNodes` persons (the server's default when not given) its communities. */
  overview = (community?: number, maxNodes?: number) =>
    this.get<GraphJson>("/overview", { community, maxNodes });
  /** The members of the small communities an "other" super-node holds. */
  foldedMembers = (crime: string) => this.get<GraphJson>("/overview", { folded: crime });
  search = (q: string, limit = 10) => this.get<{ hits: SearchHit[] }>("/search", { q, limit });
  entity = (id: string) => this.get<EntityDetail>(`/entities/${enc(id)}`);
  network = (id: string, query: NetworkQuery = {}) =>
    this.get<GraphJson>(`/entities/${enc(id)}/network`, { ...query });
  map = () => this.get<MapLayer>("/map");
  paths = (from: string, to: string, limit = 10) =>
    this.get<PathsResult>("/paths", { from, to, limit });
  communities = () => this.get<{ communities: CommunitySummary[] }>("/communities");
  /** A page of every person ranked as a target, filtered and sorted by the server. */
  targets = (page: { offset: number; limit: number }, table: TargetTable) =>
    this.get<TargetsPage>("/targets", { ...page, ...tableQuery(table) });
  disruption = (body: DisruptionRequest) => this.post<DisruptionResult>("/disruption", body);
  moneyFlows = (limit = 2_000) =>
    this.get<{ flows: MoneyFlow[]; communities: CommunityMoneyFlow[] }>("/money-flows", { limit });
  crimeOverlaps = () => this.get<CrimeOverlap>("/crime-overlaps");
  crossCheck = (values: string[]) =>
    this.post<{ results: CrossCheckResult[] }>("/cross-check", {
      selectors: values.map((value) => ({ value })),
    });
  analytics = () => this.get<{ analytics: AnalyticInfo[] }>("/analytics");
  runAnalytic = <T>(id: string, parameters: Record<string, unknown>) =>
    this.post<T>(`/analytics/${enc(id)}`, parameters);
  exportPackage = (id: string) => this.download(`/targets/${enc(id)}/package?format=html`);
  /** Target boards (engine/boards): read by analysts, changed by the task force. */
  boards = () => this.get<{ boards: BoardSummary[] }>("/boards");
  board = (name: string) => this.get<BoardReport>(`/boards/${enc(name)}`);
  createBoard = (name: string, title?: string) =>
    this.send<BoardReport>("PUT", `/boards/${enc(name)}`, title ? { title } : {});
  addToBoard = (name: string, ids: string[], status: string) =>
    this.post<BoardReport>(`/boards/${enc(name)}/members`, { ids, status });
  /** A member's status (with a rationale), owner or evidence, each change with its own marking. */
  setMember = (name: string, id: string, change: MemberChange) =>
    this.send<BoardReport>("PATCH", `/boards/${enc(name)}/members/${enc(id)}`, change);
  addNote = (note: NoteRequest) => this.post<Note>("/notes", note);
  simulateBoard = (name: string) => this.post<BoardSimulation>(`/boards/${enc(name)}/simulate`, {});
  briefing = (name: string) => this.download(`/boards/${enc(name)}/briefing?format=html`);
  /** Saved viewer states, shared by link (`?view=ID`): the server cuts what the reader may not see. */
  saveView = (name: string, state: object) => this.post<SavedView>("/views", { name, state });
  view = (id: string) => this.get<SavedView>(`/views/${enc(id)}`);
  views = () => this.get<SavedViewList>("/views");
  /** Every target the table's filters keep, in its order, as CSV: cut to the user's clearance and marked by the server. */
  targetsCsv = (table: TargetTable) =>
    this.download("/targets/csv", {
      method: "POST",
      body: JSON.stringify({
        ...table.filter,
        sort: table.sort.key,
        descending: table.sort.descending,
      }),
    });

  private get<T>(path: string, query: Record<string, string | number | undefined> = {}) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const suffix = params.size > 0 ? `?${params}` : "";
    return request<T>(`${this.base}${path}${suffix}`, this.token);
  }

  private post<T>(path: string, body: unknown) {
    return this.send<T>("POST", path, body);
  }

  private send<T>(method: string, path: string, body: unknown) {
    return request<T>(`${this.base}${path}`, this.token, { method, body: JSON.stringify(body) });
  }

  private async download(path: string, init: RequestInit = {}): Promise<Blob> {
    const response = await busy(
      fetch(`${this.base}${path}`, { ...init, headers: headers(this.token) }),
    );
    if (!response.ok) throw await failure(response);
    return response.blob();
  }
}

const enc = (value: string | number) => encodeURIComponent(String(value));

function headers(token: string | undefined): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

async function request<T>(url: string, token: string | undefined, init: RequestInit = {}) {
  const response = await busy(fetch(url, { ...init, headers: headers(token) }));
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

async function failure(response: Response): Promise<ApiError> {
  let message = response.statusText;
  try {
    const body = (await response.json()) as { message?: string };
    message = body.message ?? message;
  } catch {
    // Not JSON: the status text says enough.
  }
  return new ApiError(response.status, message);
}
