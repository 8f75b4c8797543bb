/**
 * The page side of a host for Microsoft's Office.js client (TOOLCHAIN.md, Office facts): the
 * globals the client calls — `OSF.DDA.RichApi.executeRichApiRequestAsync` (each
 * `context.sync()` arrives there as one JSON request) and `OSF.DDA.RichApi.richApiMessageManager`
 * (where the client registers the handler events arrive through) — and `Office.context
 * .requirements`. Used in Node (client.ts, a vm context) and in the browser test's page.
 */

/** The client files the profiles load (package.json pins the package's version). */
export type ClientFile = "excel-win32-16.01.js" | "excel-web-16.00.js";

/** What the host answers: a JSON response body. */
export interface Transport {
  /** One request: the body Microsoft's client built, and its flags (64: delayForCellEdit). */
  request(body: string, flags: number): string;
  isSetSupported(set: string, version?: string | number): boolean;
}

/** A rich-API event message, as the host sends it to the client's registered handler. */
export interface RichApiEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

export interface LoadedClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** `Office` as the client defines it, with this host's requirement sets in front. */
  Office: { context: { requirements: { isSetSupported: Transport["isSetSupported"] } } };
  /** Raises events: hands the message to the handler the client registered (if any). */
  dispatch(entries: RichApiEntry[]): boolean;
}

/** Loads the client for a host: in a vm context (Node) or from the page's script. */
export type ClientLoader = (file: ClientFile, transport: Transport) => LoadedClient;

type MessageHandler = (message: { entries: RichApiEntry[] }) => void;

/** Puts the host's entry points on `g` before the client script runs there. */
export function installShim(
  g: Record<string, unknown>,
  transport: Transport
): (entries: RichApiEntry[]) => boolean {
  const handlers: MessageHandler[] = [];
  // The app context Office.context returns (office.js's boot code would make it): requirement
  // sets, and what the page adds (display language).
  const context = { requirements: { isSetSupported: transport.isSetSupported } };
  g.Office = { context };
  g.OSF = {
    _OfficeAppFactory: { getContext: () => context },
    DDA: {
      RichApi: {
        executeRichApiRequestAsync(message: unknown[], callback: (r: unknown) => void): void {
          const body = String(message[4]);
          const flags = Number(message[6]) || 0;
          // Excel answers asynchronously; so does the host.
          void Promise.resolve().then(() => {
            const response = transport.request(body, flags);
            callback({ status: "succeeded", value: { data: [200, [], response] } });
          });
        },
        richApiMessageManager: {
          register(handler: MessageHandler): Promise<void> {
            handlers.push(handler);
            return Promise.resolve();
          },
          removeHandlerAsync(
            _name: string,
            options: { handler: MessageHandler },
            callback?: (r: { status: string }) => void
          ): void {
            const i = handlers.indexOf(options.handler);
            if (i >= 0) handlers.splice(i, 1);
            callback?.({ status: "succeeded" });
          },
        },
      },
    },
  };
  return (entries) => {
    for (const h of handlers) h({ entries });
    return handlers.length > 0;
  };
}

/** After the client script ran on `g`: the loaded client, with the host's requirement sets. */
export function clientOn(
  g: Record<string, unknown>,
  dispatch: (entries: RichApiEntry[]) => boolean
): LoadedClient {
  // The client's Office answers `context` from OSF._OfficeAppFactory (installShim).
  const office = g.Office as LoadedClient["Office"];
  return {
    Excel: g.Excel as typeof Excel,
    OfficeExtension: g.OfficeExtension as typeof OfficeExtension,
    Office: office,
    dispatch,
  };
}
