/** Issue 13 on an unlabelled world, seed 15 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Held out: recorded before command was read through dependence, then run once with it (targets/README.md).
describeUnlabelledWorld(15);
