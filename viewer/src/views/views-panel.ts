/**
 * Saved views shared by link: "Save view" stores the workspace's state under
 * a name (views/saved-state.ts) and shows its link with "Copy link"; a page
 * opened with `?view=ID` draws that view instead of the overview and says
 * whose view it is. Below, the views the reader may open (the server lists
 * only those their clearance allows), each a link.
 */
import type { SavedView, SavedViewList } from "../api/board-types.ts";
import { h, replace } from "../ui/dom.ts";
import { failure } from "../ui/failure.ts";
import type { Workspace } from "../workspace.ts";
import { captureView, restoreView, type ViewRecord } from "./saved-state.ts";

/** The view id a shared link carries, if any. */
export const sharedViewId = (): string | null => new URLSearchParams(location.search).get("view");

export const viewLink = (id: string): string => {
  const url = new URL(location.href);
  url.search = new URLSearchParams({ view: id }).toString();
  url.hash = "";
  return url.toString();
};

export interface ViewsPanel {
  /** Draws the shared view; false (and a message) when it cannot be opened. */
  open(id: string): Promise<boolean>;
}

export function mountViews(root: HTMLElement, workspace: Workspace): ViewsPanel {
  const name = h("input", {
    id: "view-name",
    type: "text",
    placeholder: "name of this view",
    "aria-label": "Name of the view",
    maxlength: 200,
  });
  const out = h("div", { id: "view-saved", role: "status" });
  const shared = h("ul", { id: "view-list", class: "view-list", "aria-label": "Saved views" });
  const list = async () => {
    try {
      replace(shared, ...(await workspace.api.views()).views.map(sharedViewItem));
    } catch (error) {
      replace(shared, failure(error));
    }
  };

  const showLink = (view: SavedView, verb: string) => {
    const link = h("input", {
      id: "view-link",
      type: "text",
      readonly: true,
      value: viewLink(view.id),
      "aria-label": "Link to the view",
    });
    const copied = h("span", { class: "muted", id: "view-copied" });
    replace(
      out,
      h(
        "p",
        { class: "muted" },
        `${verb} “${view.name}” by ${view.by}, marked ${view.classification}`,
      ),
      h(
        "div",
        { class: "actions" },
        link,
        h(
          "button",
          {
            type: "button",
            id: "view-copy",
            onclick: () => void copy(link).then((how) => (copied.textContent = how)),
          },
          "Copy link",
        ),
      ),
      copied,
    );
  };

  const save = async () => {
    try {
      const title = name.value.trim() || "view";
      showLink(await workspace.api.saveView(title, captureView(workspace)), "Saved");
      await list();
    } catch (error) {
      replace(out, failure(error));
    }
  };

  replace(
    root,
    h("h2", {}, "Saved view"),
    h(
      "div",
      { class: "actions" },
      name,
      h("button", { type: "button", id: "view-save", onclick: () => void save() }, "Save view"),
    ),
    out,
    shared,
  );
  void list();

  return {
    async open(id) {
      try {
        const view = await workspace.api.view(id);
        await restoreView(workspace, view.state as Partial<ViewRecord>);
        showLink(view, "Opened");
        return true;
      } catch (error) {
        replace(out, failure(error));
        return false;
      }
    },
  };
}

function sharedViewItem(view: SavedViewList["views"][number]): HTMLElement {
  return h(
    "li",
    { "data-view": view.id },
    h("a", { href: viewLink(view.id) }, view.name),
    h(
      "span",
      { class: "muted" },
      ` ${view.by}, ${view.at.slice(0, 10)}, ${view.classification}${view.handling_code ? ` · ${view.handling_code}` : ""}`,
    ),
  );
}

/** Copies the link; where the clipboard is refused, selects it for the analyst to copy. */
async function copy(link: HTMLInputElement): Promise<string> {
  try {
    await navigator.clipboard.writeText(link.value);
    return "copied";
  } catch {
    link.select();
    return "selected: copy it with Ctrl+C";
  }
}
