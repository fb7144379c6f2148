/** Issue 13 on an unlabelled world, seed 12 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Held out, then run once with the subordinate rule: every key facilitator in the top k (targets/README.md).
describeUnlabelledWorld(12);
