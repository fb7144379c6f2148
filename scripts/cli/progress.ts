/** A progress bar on stderr for long work, shown only on a terminal so logs and pipes stay clean. */
import { SingleBar, Presets } from "cli-progress";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progressBar(label: string): Progress {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar(
    {
      format: `${label.padEnd(10)} [{bar}] {percentage}% {value}/{total}`,
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Runs `work` with a bar that stops however the work ends. */
export async function withProgress<T>(
  label: string,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const bar = progressBar(label);
  try {
    return await work(bar);
  } finally {
    bar.stop();
  }
}
