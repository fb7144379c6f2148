/** Issue 13 on an unlabelled world, seed 2 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Measured: 1 below the top k, at k + 3 (targets/README.md).
describeUnlabelledWorld(2, { below: 1, beyond: 3 });
