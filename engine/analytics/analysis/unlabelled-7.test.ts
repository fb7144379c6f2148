/** Issue 13 on an unlabelled world, seed 7 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Measured: every key facilitator in the top k (targets/README.md).
describeUnlabelledWorld(7);
