/**
 * The analysts' questions, walked in real Chromium against the real server on
 * a generated world (1,500 persons, seed 11) with its planted truth: a
 * planted bridge found through search shows both its crime types in words
 * and its network by name, and its ties are counted once. Screenshots of
 * each screen at 1600x1000 and 1280x720 go to test-artifacts/viewer/.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityDetail } from "../src/api/types.ts";
import type { HookWindow } from "../src/hook.ts";
import { chromiumOrSkip, launchChromium } from "./chromium.ts";
import { apiAs, openAs, searchAndChoose, settled, shootBoth, signIn } from "./page.ts";
import { serveWorld, type TestUser, type WorldServer } from "./serve-world.ts";

const enabled = chromiumOrSkip();
const USERS: TestUser[] = [
  { name: "analyst", role: "analyst", clearance: "secret" },
  { name: "taskforce", role: "taskforce", clearance: "secret" },
  { name: "officer", role: "viewer", clearance: "restricted" },
  { name: "admin", role: "admin", clearance: "secret" },
];

// Each test signs in and lays out a 1,500-person world: generous on a loaded 2-core machine.
describe.runIf(enabled)(
  "the analysts' questions in Chromium, on a generated world",
  { timeout: 180_000 },
  () => {
    let server: WorldServer;
    let browser: BrowserContext;
    const pageErrors: string[] = [];

    const api = <T>(path: string, user = "taskforce"): Promise<T> =>
      apiAs(server.url, server.tokens[user]!)<T>(path);
    const open = (user: string): Promise<Page> => openAs(browser, server, user, pageErrors);

    beforeAll(async () => {
      server = await serveWorld({ persons: 1500, seed: 11 }, USERS);
      browser = await launchChromium({ width: 1600, height: 1000 });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("answers who a planted bridge is: both crime types in words, the network by name, one count of ties", async () => {
      const bridge = server.truth.bridges.find((b) => b.crimeTypes.includes("drug_trafficking"))!;
      const detail = await api<EntityDetail>(`/entities/${bridge.id}`);
      const page = await open("taskforce");
      await searchAndChoose(page, detail.label, bridge.id);
      const crimes = await page.locator("#detail-crimes").textContent();
      expect(crimes).toContain("migrant smuggling");
      expect(crimes).toContain("drug trafficking");
      expect(detail.network).toBeDefined();
      expect(await page.locator("#detail-network").textContent()).toBe(detail.network!.name);
      expect(detail.network!.name).not.toMatch(/^community \d+$/);
      // One count of ties: the heading, the list once opened, and the analysis's degree agree.
      expect(await page.locator("#detail-ties-title").textContent()).toBe(
        `Ties (${detail.ties.length})`,
      );
      expect(detail.scores!.degree).toBe(detail.ties.length);
      await page.click("#detail-ties-all");
      expect(await page.locator("#detail-ties > li").count()).toBe(detail.ties.length);
      // Strongest first, and every name readable (never squeezed to nothing).
      const widths = await page.$$eval("#detail-ties .named .name", (names) =>
        names.map((name) => name.getBoundingClientRect().width),
      );
      expect(Math.min(...widths)).toBeGreaterThan(40);
      const heaviest = [...detail.ties].sort((a, b) => b.weight - a.weight)[0]!;
      expect(await page.locator("#detail-ties > li").first().getAttribute("data-id")).toBe(
        heaviest.other.id,
      );
      // Crime links in words, names not ids.
      const links = (await page.locator("#detail-crime-links").textContent()) ?? "";
      if (detail.crimeLinks?.length) {
        expect(links).toMatch(/, \d hops? via /);
        expect(links).not.toMatch(/via P\d{6}/);
      }
      await page.click("#detail-ties-all");
      await page.$eval("#details", (panel) => panel.scrollTo(0, 0));
      await settled(page);
      await shootBoth(page, "20-bridge-details");
      await page.close();
    });

    it("gives the officer a cross-check: a phone in another written form names its user, their network and rank", async () => {
      // A planted member whose phone, phone use and person an officer cleared restricted may all see.
      const members = server.truth.networks.flatMap((network) => network.members);
      let found: { number: string; person: string; network: string } | undefined;
      for (const member of members) {
        const response = await fetch(`${server.url}/api/entities/${member.id}`, {
          headers: { authorization: `Bearer ${server.tokens.officer}` },
        });
        if (response.status !== 200) continue;
        const person = (await response.json()) as EntityDetail;
        const phone = person.links.find((link) => link.type === "uses_phone")?.other;
        if (!phone || !person.network) continue;
        const detail = await api<EntityDetail>(`/entities/${phone.id}`, "officer");
        if (detail.usedBy?.some((user) => user.id === member.id)) {
          found = { number: phone.label, person: person.label, network: person.network.name };
          break;
        }
      }
      expect(found).toBeDefined();
      const page = await open("officer");
      // No tool the role may not use is offered.
      for (const tool of ["#targets", "#communities", "#analytics", "#path", "#disruption"])
        expect(await page.locator(`${tool} *`).count()).toBe(0);
      expect(await page.locator("#map-toggle").count()).toBe(0);
      expect(await page.locator("#cross-check details[open]").count()).toBe(1);
      await shootBoth(page, "30-officer-start");
      // "+249990814496" as "00 249 990 814 496": the number in another written form.
      const written = `00 ${found!.number.slice(1).replace(/(\d{3})(?=\d)/g, "$1 ")}`;
      await page.fill("#cross-check-input", `${written}\nNOBODY-KNOWN-XY`);
      await page.click("#cross-check-run");
      await page.waitForSelector("#cross-check-result .check");
      const first = page.locator("#cross-check-result .check").first();
      const text = (await first.textContent()) ?? "";
      expect(text).toContain(found!.person);
      expect(text).toContain(`network: ${found!.network}`);
      expect(await page.locator("#cross-check-result .check").nth(1).textContent()).toContain(
        "not known",
      );
      await first.locator("button.open-network").first().click();
      await page.waitForSelector("#details[data-id]");
      await settled(page);
      expect(
        await page.evaluate(
          () => (window as unknown as HookWindow).__crosslink.workspace.graph.order,
        ),
      ).toBeGreaterThan(1);
      expect(await page.locator("#detail-used-by").textContent()).toContain(found!.person);
      await shootBoth(page, "31-officer-cross-check");
      await page.close();
    });

    it("keeps every colour through expand, path and reload, and draws the same picture on every load", async () => {
      const page = await open("analyst");
      const look = () =>
        page.evaluate(() => {
          const { workspace, renderer } = (window as unknown as HookWindow).__crosslink;
          const nodes: Record<string, { colour: string; x: number; y: number }> = {};
          workspace.graph.forEachNode((node, attributes) => {
            nodes[node] = {
              colour: renderer.getNodeDisplayData(node)!.color,
              x: attributes.x as number,
              y: attributes.y as number,
            };
          });
          return nodes;
        });
      const first = await look();
      const ids = Object.keys(first);
      const same = (
        now: Record<string, { colour: string; x: number; y: number }>,
        what: string,
      ) => {
        for (const id of ids) {
          expect(now[id]?.colour, `${what}: colour of ${id}`).toBe(first[id]!.colour);
          expect([now[id]?.x, now[id]?.y], `${what}: place of ${id}`).toEqual([
            first[id]!.x,
            first[id]!.y,
          ]);
        }
      };
      // Expand: a person's phones, vehicles and cases join; everything drawn before stays as it was.
      const bridge = server.truth.bridges[0]!.id;
      await page.evaluate(
        (id) => (window as unknown as HookWindow).__crosslink.workspace.expand(id),
        bridge,
      );
      await settled(page);
      const expanded = await look();
      expect(Object.keys(expanded).length).toBeGreaterThan(ids.length);
      same(expanded, "after expand");
      await shootBoth(page, "40-expanded");
      // A path between two persons chosen in search: the nodes on it keep their colours.
      const [from, to] = [server.truth.bridges[0]!.id, server.truth.organisers[0]!];
      for (const [id, add] of [
        [from, false],
        [to, true],
      ] as const) {
        const label = await page.evaluate(
          (node) =>
            String(
              (window as unknown as HookWindow).__crosslink.workspace.graph.getNodeAttribute(
                node,
                "label",
              ),
            ),
          id,
        );
        await searchAndChoose(page, label, id, add);
      }
      await page.click("#path-find");
      await page.waitForSelector("#path-steps li");
      await settled(page);
      const onPath = await page.evaluate(() => [
        ...(window as unknown as HookWindow).__crosslink.workspace.state.path.nodes,
      ]);
      const withPath = await look();
      for (const id of onPath.filter((node) => first[node])) {
        expect(withPath[id]!.colour).toBe(first[id]!.colour);
      }
      await shootBoth(page, "41-path");
      // Reload: the same overview gives the same colours and the same places.
      await page.reload();
      await signIn(page, server.url, "analyst", server.tokens.analyst!);
      same(await look(), "after reload");
      await page.close();
    });

    it("draws money as weighted arrows and puts the crime bridges in plain sight", async () => {
      const page = await open("analyst");
      await page.click("#money");
      await page.waitForFunction(() => {
        const { graph } = (window as unknown as HookWindow).__crosslink.workspace;
        return graph.someEdge((_, attributes) => attributes.type === "money_flow");
      });
      await settled(page);
      const flows = await page.evaluate(() => {
        const { renderer, workspace } = (window as unknown as HookWindow).__crosslink;
        return workspace.graph
          .filterEdges((_, attributes) => attributes.type === "money_flow")
          .map((edge) => renderer.getEdgeDisplayData(edge)!)
          .filter((data) => !data.hidden)
          .map((data) => ({ type: data.type, size: data.size, label: data.label }));
      });
      expect(flows.length).toBeGreaterThan(10);
      expect(new Set(flows.map((flow) => flow.type))).toEqual(new Set(["arrow"]));
      const sizes = flows.map((flow) => flow.size);
      // Width by amount: the largest flow is drawn wider than the smallest.
      expect(Math.max(...sizes)).toBeGreaterThan(Math.min(...sizes) * 1.5);
      expect(
        flows.some((flow) => /^[A-Z]{3} [\d,]+ in \d+ transfers?$/.test(flow.label ?? "")),
      ).toBe(true);
      expect(await page.locator("#money-between li").count()).toBeGreaterThan(0);
      // By which channel: the planted worlds pay by bank, hawala, cash courier and transfer services.
      const channels = await page.locator("#money-between .channels").allTextContents();
      expect(channels.length).toBe(await page.locator("#money-between li").count());
      for (const line of channels) expect(line).toMatch(/^by [a-z]/);
      expect(channels.some((line) => /hawala|cash courier|bank/.test(line))).toBe(true);
      // Who pays whom reads in full: in view in its column, both names whole, none cut.
      const column = (await page.locator(".side.left").boundingBox())!;
      const panel = (await page.locator("#money-between").boundingBox())!;
      expect(panel.y).toBeGreaterThanOrEqual(column.y);
      expect(panel.y).toBeLessThan(column.y + column.height);
      const { communities } = await api<{ communities: { id: number; name: string }[] }>(
        "/communities",
      );
      const names = new Set(communities.map((community) => community.name));
      const pairs = await page.$$eval("#money-between .network-pair", (elements) =>
        elements.map((pair) => ({
          names: [...pair.querySelectorAll(".network-from, .network-to > :last-child")].map(
            (name) => name.textContent,
          ),
          cut: [...pair.querySelectorAll("*")].some(
            (element) => element.scrollWidth > element.clientWidth + 1,
          ),
        })),
      );
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) {
        expect(pair.cut, pair.names.join(" → ")).toBe(false);
        for (const name of pair.names) expect(names, String(name)).toContain(name);
      }
      await shootBoth(page, "50-money");
      await page.click("#money");
      // Every planted bridge is listed, and wears the ring of its second crime.
      await page.waitForSelector("#bridge-list li");
      const listed = await page.$$eval("#bridge-list li", (items) =>
        items.map((item) => item.getAttribute("data-id")),
      );
      for (const bridge of server.truth.bridges) expect(listed).toContain(bridge.id);
      const rings = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const data = (window as unknown as HookWindow).__crosslink.renderer.getNodeDisplayData(
              id,
            ) as { ring?: number } | undefined;
            return data?.ring ?? 0;
          }),
        server.truth.bridges.map((bridge) => bridge.id),
      );
      for (const ring of rings) expect(ring).toBeGreaterThan(0.2);
      await page.selectOption("#colour-by", "crime");
      await shootBoth(page, "51-crime-colours");
      await page.click(`#bridge-list li[data-id="${server.truth.bridges[0]!.id}"] button`);
      await page.waitForSelector(`#details[data-id="${server.truth.bridges[0]!.id}"]`);
      await settled(page);
      await shootBoth(page, "52-bridge-from-panel");
      await page.close();
    });

    it("gives every role a working screen with no page error", async () => {
      for (const user of ["analyst", "admin"]) {
        const page = await open(user);
        expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
        const order = await page.evaluate(
          () => (window as unknown as HookWindow).__crosslink.workspace.graph.order,
        );
        expect(order).toBeGreaterThan(0);
        // The analyst has no targets or disruption; the admin has everything.
        const targets = await page.locator("#targets *").count();
        if (user === "analyst") expect(targets).toBe(0);
        else expect(targets).toBeGreaterThan(0);
        await shootBoth(page, `32-${user}-start`);
        await page.close();
      }
      expect(pageErrors).toEqual([]);
    });
  },
);
