/** Issue 13 on an unlabelled world, seed 17 (the checks: test/unlabelled-world.ts). */
import { describeUnlabelledWorld } from "./test/unlabelled-world.ts";

// Held out: run once with the code of the day it was added (targets/README.md).
describeUnlabelledWorld(17);
