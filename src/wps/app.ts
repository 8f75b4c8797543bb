/**
 * The WPS host object a page of the add-in sees: `window.Application` (WPS 表格's JS object
 * model). Only this folder and src/workbook/wps touch it.
 */
import type { WpsApplication } from "../workbook/wps/host";

export interface WpsHost extends WpsApplication {
  CreateTaskPane(url: string): { ID: string; Visible: boolean };
  GetTaskPane(id: string): { Visible: boolean };
  PluginStorage: { setItem(key: string, value: unknown): void; getItem(key: string): unknown };
}

/** The host, or undefined when the page is opened outside WPS (a browser, a test). */
export function wpsApplication(): WpsHost | undefined {
  if (typeof window === "undefined") return undefined;
  const app = (window as unknown as { Application?: WpsHost }).Application;
  return app && typeof app === "object" ? app : undefined;
}

/** The folder the add-in's pages are served from, ending in "/" (file:// offline, http(s) online). */
export const addinBase = (): string => window.location.href.replace(/[^/]*([?#].*)?$/, "");
