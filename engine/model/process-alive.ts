/**
 * Whether a process of this machine is still running: what tells a stale lock
 * or temporary file (its writer died) from one in use. A process we may not
 * signal is running all the same.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
