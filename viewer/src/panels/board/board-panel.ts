/**
 * The board's entry in the side column: the chosen board with its members
 * and approvals counted, and the button that opens the board screen
 * (board-screen.ts), where the board is read and decided on.
 */
import { h, replace } from "../../ui/dom.ts";
import type { BoardScreen } from "./board-screen.ts";

export function mountBoardEntry(root: HTMLElement, screen: BoardScreen): void {
  const render = () => {
    const board = screen.current;
    replace(
      root,
      h("h2", {}, "Target board"),
      h(
        "p",
        { id: "board-summary" },
        board
          ? `${board.title ?? board.name}: ${board.members} member${board.members === 1 ? "" : "s"}, ${board.approved} approved`
          : "No board yet.",
      ),
      h(
        "button",
        { type: "button", id: "board-open", onclick: () => screen.open() },
        "Open board screen",
      ),
    );
  };
  screen.onChange(render);
  render();
}
