/**
 * The fake Excel's workbook state as JSON and back, for handing a workbook loaded in Node (the
 * xlsx bridge needs ExcelJS) to the page. The state is a graph — names and tables point at
 * their sheets, cells share format objects — so every object is stored once in a table and
 * referred to by index; Maps and the format constants the fake compares by identity survive.
 */

type Encoded =
  null | boolean | string | number | { r: number } | { n: "NaN" | "-0" | "Inf" | "-Inf" | "undef" };

type Node =
  | { t: "a"; v: Encoded[] }
  | { t: "o"; v: Record<string, Encoded> }
  | { t: "m"; v: [Encoded, Encoded][] }
  | { t: "s"; v: Encoded[] }
  | { t: "k"; v: string };

export interface EncodedGraph {
  nodes: Node[];
  root: Encoded;
}

/** Objects the decoder must hand back as the very same object (the fake compares identity). */
export type Constants = Record<string, object>;

export function encode(root: unknown, constants: Constants = {}): EncodedGraph {
  const nodes: Node[] = [];
  const ids = new Map<object, number>();
  const known = new Map(Object.entries(constants).map(([k, v]) => [v, k]));
  const enc = (value: unknown): Encoded => {
    if (value === undefined) return { n: "undef" };
    if (value === null || typeof value === "boolean" || typeof value === "string") return value;
    if (typeof value === "number") {
      if (Number.isNaN(value)) return { n: "NaN" };
      if (value === Infinity) return { n: "Inf" };
      if (value === -Infinity) return { n: "-Inf" };
      if (Object.is(value, -0)) return { n: "-0" };
      return value;
    }
    if (typeof value !== "object") throw new Error(`cannot encode a ${typeof value}`);
    const seen = ids.get(value);
    if (seen !== undefined) return { r: seen };
    const id = nodes.length;
    ids.set(value, id);
    nodes.push({ t: "k", v: "" }); // placeholder, so children can refer to it
    const name = known.get(value);
    if (name !== undefined) nodes[id] = { t: "k", v: name };
    else if (Array.isArray(value)) nodes[id] = { t: "a", v: value.map(enc) };
    else if (value instanceof Map)
      nodes[id] = { t: "m", v: [...value].map(([k, v]) => [enc(k), enc(v)]) };
    else if (value instanceof Set) nodes[id] = { t: "s", v: [...value].map(enc) };
    else {
      const o: Record<string, Encoded> = {};
      for (const [k, v] of Object.entries(value)) o[k] = enc(v);
      nodes[id] = { t: "o", v: o };
    }
    return { r: id };
  };
  const encodedRoot = enc(root);
  return { nodes, root: encodedRoot };
}

export function decode<T>(graph: EncodedGraph, constants: Constants = {}): T {
  const made: unknown[] = [];
  const shell = (node: Node): unknown => {
    switch (node.t) {
      case "a":
        return [];
      case "o":
        return {};
      case "m":
        return new Map();
      case "s":
        return new Set();
      case "k":
        if (!(node.v in constants)) throw new Error(`unknown constant ${node.v}`);
        return constants[node.v];
    }
  };
  graph.nodes.forEach((node, i) => (made[i] = shell(node)));
  const dec = (e: Encoded): unknown => {
    if (e === null || typeof e !== "object") return e;
    if ("r" in e) return made[e.r];
    return { NaN: NaN, "-0": -0, Inf: Infinity, "-Inf": -Infinity, undef: undefined }[e.n];
  };
  graph.nodes.forEach((node, i) => {
    const target = made[i];
    if (node.t === "a") (target as unknown[]).push(...node.v.map(dec));
    else if (node.t === "o") {
      const o = target as Record<string, unknown>;
      for (const [k, v] of Object.entries(node.v)) o[k] = dec(v);
    } else if (node.t === "m")
      for (const [k, v] of node.v) (target as Map<unknown, unknown>).set(dec(k), dec(v));
    else if (node.t === "s") for (const v of node.v) (target as Set<unknown>).add(dec(v));
  });
  return dec(graph.root) as T;
}
