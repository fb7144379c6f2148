/** The boards on the embedded store: the log in the data folder (boards.ndjson). */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryStore } from "../store/memory/memory-store.ts";
import { boardsFileOf, FileBoardLog } from "./file-log.ts";
import { boardSuite } from "./test/board-suite.ts";

let dataDir = "";
boardSuite("data folder", {
  async open() {
    dataDir = await mkdtemp(join(tmpdir(), "crosslink-boards-"));
    return {
      store: await MemoryStore.open(dataDir),
      log: new FileBoardLog(boardsFileOf(dataDir)),
    };
  },
  // The next command: the store read again from its file, the log from its own.
  async reopen() {
    await MemoryStore.open(dataDir);
    return new FileBoardLog(boardsFileOf(dataDir));
  },
});
