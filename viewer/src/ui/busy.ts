/**
 * The spinner: shown while any request is in flight for longer than a moment,
 * so quick requests do not flicker. The count also tells tests when the page
 * is idle (`data-busy` on the body).
 */
const SHOW_AFTER_MS = 150;

let pending = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export async function busy<T>(work: Promise<T>): Promise<T> {
  pending++;
  document.body.dataset.busy = "true";
  timer ??= setTimeout(() => document.body.classList.add("spinning"), SHOW_AFTER_MS);
  try {
    return await work;
  } finally {
    pending--;
    if (pending === 0) {
      clearTimeout(timer);
      timer = undefined;
      document.body.classList.remove("spinning");
      delete document.body.dataset.busy;
    }
  }
}
