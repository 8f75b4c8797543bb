import type { ClientFile, ClientLoader, LoadedClient } from "./client-shim";
import { installShim } from "./client-shim";

/**
 * Microsoft's client in a browser page (the e2e test): the host's entry points go on `window`
 * now, and the client file — served beside office.js, as Office serves its host files — is
 * written into the page right after the running script, so it runs before the pane's deferred
 * script. The client replaces `window.Office`; the caller patches it back once it has run.
 */
export function pageLoader(base: string): ClientLoader {
  return (file: ClientFile, transport): LoadedClient => {
    const g = window as unknown as Record<string, unknown>;
    const dispatch = installShim(g, transport);
    document.write(`<script src="${new URL(file, base).toString()}"></script>`);
    return {
      get Excel() {
        return g.Excel as typeof Excel;
      },
      get OfficeExtension() {
        return g.OfficeExtension as typeof OfficeExtension;
      },
      get Office() {
        return g.Office as LoadedClient["Office"];
      },
      dispatch,
    };
  };
}
