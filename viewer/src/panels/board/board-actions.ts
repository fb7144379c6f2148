/** The targets panel's "Nominate": puts the row's person on the operation's board. */
import type { TargetAction } from "../targets/target-actions.ts";
import type { BoardScreen } from "./board-screen.ts";

export const nominateAction = (screen: BoardScreen): TargetAction => ({
  label: "Nominate",
  title: (target) => `Nominate ${target.label} on the board`,
  run: (target) => screen.nominate(target.id),
});
