/** Issue 13 on an unlabelled world, seed 10 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Held out, one bridge short until command was read through dependence (targets/README.md).
describeUnlabelledWorld(10);
