import type { WireAction, WirePath, WireRequest, WireResponse } from "./rich-api";

/**
 * A person-readable form of the requests Microsoft's client built and the host's answers:
 * one line per action, the object path as the API call that reached it, long arguments and
 * values cut short with their size in characters.
 */

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max)}…(${text.length} chars)`;

const args = (a: unknown[] | undefined): string =>
  clip((a ?? []).map((x) => JSON.stringify(x)).join(", "), 60);

const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

function pathText(paths: Record<string, WirePath>, id: number): string {
  const p = paths[String(id)];
  if (!p) return `#${id}`;
  const parent = p.ParentObjectPathId === undefined ? "" : pathText(paths, p.ParentObjectPathId);
  const dot = parent ? `${parent}.` : "";
  switch (p.ObjectPathType) {
    case 1:
      return "workbook";
    case 3:
      return `${dot}${lower(p.Name)}(${args(p.ArgumentInfo?.Arguments)})`;
    case 4:
      return `${dot}${lower(p.Name)}`;
    case 5:
      return `${parent}[${args(p.ArgumentInfo?.Arguments)}]`;
    case 6:
      return `ref(${p.Name})`;
    case 7:
      return "null";
    default:
      return `new ${p.Name}`;
  }
}

function actionText(request: WireRequest, a: WireAction): string {
  const target = pathText(request.ObjectPaths, a.ObjectPathId);
  switch (a.ActionType) {
    case 1:
      return `  ${target}`;
    case 2: {
      const select = a.QueryInfo?.Select?.join(",") ?? "*";
      return `  ${target}.load(${clip(select, 80)})`;
    }
    case 3:
      return `  ${target}.${lower(a.Name)}(${args(a.ArgumentInfo?.Arguments)})`;
    case 4:
      return `  ${target}.${lower(a.Name)} = ${args(a.ArgumentInfo?.Arguments)}`;
    default:
      return "  (trace marker)";
  }
}

/** Runs of lines that differ only in their quoted arguments: the first, then a count. */
function collapsed(lines: string[]): string[] {
  const shape = (l: string) => l.replace(/"[^"]*"/g, '"…"');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && shape(lines[j]) === shape(lines[i])) j++;
    out.push(lines[i]);
    if (j - i > 1) out.push(`  … and ${j - i - 1} more like it`);
    i = j;
  }
  return out;
}

/** Requests and responses as text; `bytes` per sync are the exact UTF-8 sizes. */
export function readableTrace(trace: { request: string; response: string }[]): string {
  const out: string[] = [];
  trace.forEach(({ request, response }, i) => {
    const req = JSON.parse(request) as WireRequest;
    const res = JSON.parse(response) as WireResponse;
    const bytes = new TextEncoder().encode(request).length;
    const instantiations = req.Actions.filter((a) => a.ActionType === 1).length;
    const kept = req.Actions.filter((a) => a.Name === "_KeepReference").length;
    out.push(
      `sync ${i + 1}: request ${bytes} B, ${req.Actions.length} actions (${instantiations} instantiations, ${kept} kept references), response ${new TextEncoder().encode(response).length} B`
    );
    out.push(
      // Instantiations and the client's _KeepReference calls are counted in the header only.
      ...collapsed(
        req.Actions.filter((a) => a.ActionType !== 1 && a.Name !== "_KeepReference").map((a) =>
          actionText(req, a)
        )
      )
    );
    if (res.Error) out.push(`  => ${res.Error.Code} at ${res.Error.Location}`);
    const values = res.Results.filter((r) => r.Value !== null && r.Value !== undefined);
    out.push(
      `  => ${values.length} results, e.g. ${clip(JSON.stringify(values[values.length - 1]?.Value ?? null), 100)}`
    );
  });
  return out.join("\n") + "\n";
}
