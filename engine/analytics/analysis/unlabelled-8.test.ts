/** Issue 13 on an unlabelled world, seed 8 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Measured: every key facilitator in the top k with the subordinate rule (targets/README.md).
describeUnlabelledWorld(8);
