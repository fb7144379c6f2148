/** Issue 13 on an unlabelled world, seed 1 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Measured: 1 below the top k, at k + 2 (targets/README.md).
describeUnlabelledWorld(1, { below: 1, beyond: 2 });
