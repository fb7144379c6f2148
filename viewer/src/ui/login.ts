/** The sign-in form: trades the API token for a session, then hands over the client. */
import { ApiClient } from "../api/client.ts";

export function login(form: HTMLFormElement): Promise<ApiClient> {
  const error = form.querySelector<HTMLElement>("#login-error")!;
  return new Promise((resolve) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const field = (name: string) => String(data.get(name) ?? "").trim();
      error.textContent = "";
      try {
        resolve(await ApiClient.login(field("name"), field("token")));
      } catch (failure) {
        error.textContent = `Sign-in failed: ${(failure as Error).message}`;
      }
    });
  });
}
