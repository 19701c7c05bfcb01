/**
 * Our layered layout for generated processes (Sugiyama-style): x = the longest-path rank of a node,
 * y = its slot in that rank (ranks ordered by barycenters, slots kept straight where they can be);
 * edges spanning ranks reserve a slot in every rank they cross, and are routed orthogonally through
 * the gaps between ranks, always left to right. Shapes never overlap; edges never cross shapes.
 * Only for generated processes: a user's drawing is never laid out again.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  /** Labelled edges get a label box above their first horizontal run after the source. */
  labelled?: boolean;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  shapes: Map<string, Bounds>;
  edges: Map<string, Point[]>;
  labels: Map<string, Bounds>;
}

/** Vertical distance between slot centres (tallest shape 80 + room for external labels). */
const SLOT = 140;
const MARGIN = { x: 150, y: 80 };
const GAP = 70;
const TRACK = 16;
const LABEL_WIDTH = 150;
const LABEL_HEIGHT = 28;

interface Item {
  key: string;
  rank: number;
  /** Real node, or a dummy standing for an edge in an intermediate rank. */
  node?: LayoutNode;
  y: number;
}

/** Longest-path ranks; the graph must be acyclic (generated processes are). */
function ranks(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const incoming = new Map(nodes.map((n) => [n.id, [] as string[]]));
  for (const e of edges) incoming.get(e.target)?.push(e.source);
  const rank = new Map<string, number>();
  const visit = (id: string, depth: number): number => {
    const known = rank.get(id);
    if (known !== undefined) return known;
    if (depth > nodes.length) throw new Error('layeredLayout: the graph has a cycle');
    const value = Math.max(-1, ...(incoming.get(id) ?? []).map((s) => visit(s, depth + 1))) + 1;
    rank.set(id, value);
    return value;
  };
  for (const n of nodes) visit(n.id, 0);
  return rank;
}

/**
 * Places values in order with at least `gap` between neighbours, as close as possible (least
 * squares) to the wanted positions: pool-adjacent-violators on `wanted[i] - i * gap`.
 */
export function placeInOrder(wanted: readonly number[], gap: number): number[] {
  const blocks: Array<{ sum: number; count: number }> = [];
  wanted.forEach((w, i) => {
    blocks.push({ sum: w - i * gap, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.sum / before.count <= last.sum / last.count) break;
      blocks.splice(blocks.length - 2, 2, { sum: before.sum + last.sum, count: before.count + last.count });
    }
  });
  const out: number[] = [];
  for (const block of blocks) for (let k = 0; k < block.count; k++) out.push(block.sum / block.count + out.length * gap);
  return out;
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** Lays out an acyclic graph left to right. Node and edge order is the tie-breaker (stable output). */
export function layeredLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Layout {
  const rankOf = ranks(nodes, edges);
  const items = new Map<string, Item>();
  const layers: Item[][] = [];
  const add = (item: Item) => {
    items.set(item.key, item);
    while (layers.length <= item.rank) layers.push([]);
    layers[item.rank]!.push(item);
  };
  for (const node of nodes) add({ key: node.id, rank: rankOf.get(node.id)!, node, y: 0 });
  // Every edge as a chain of item keys, with a dummy in each rank it crosses.
  const chains = new Map<string, string[]>();
  for (const edge of edges) {
    const from = rankOf.get(edge.source)!;
    const to = rankOf.get(edge.target)!;
    const chain = [edge.source];
    for (let r = from + 1; r < to; r++) {
      const key = `${edge.id}#${r}`;
      add({ key, rank: r, y: 0 });
      chain.push(key);
    }
    chain.push(edge.target);
    chains.set(edge.id, chain);
  }
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const chain of chains.values()) {
    for (let i = 1; i < chain.length; i++) {
      before.set(chain[i]!, [...(before.get(chain[i]!) ?? []), chain[i - 1]!]);
      after.set(chain[i - 1]!, [...(after.get(chain[i - 1]!) ?? []), chain[i]!]);
    }
  }

  // Order within ranks: barycenters of neighbours' positions, a few sweeps each way.
  const position = new Map<string, number>();
  const renumber = (layer: Item[]) => layer.forEach((item, i) => position.set(item.key, i));
  layers.forEach(renumber);
  const sweep = (layer: Item[], neighbours: Map<string, string[]>) => {
    const centre = (item: Item) => {
      const ns = neighbours.get(item.key) ?? [];
      return ns.length === 0 ? position.get(item.key)! : mean(ns.map((n) => position.get(n)!));
    };
    const keyed = layer.map((item, i) => ({ item, c: centre(item), i }));
    keyed.sort((a, b) => a.c - b.c || a.i - b.i);
    layer.splice(0, layer.length, ...keyed.map((k) => k.item));
    renumber(layer);
  };
  for (let round = 0; round < 4; round++) {
    for (let r = 1; r < layers.length; r++) sweep(layers[r]!, before);
    for (let r = layers.length - 2; r >= 0; r--) sweep(layers[r]!, after);
  }

  // Slots: as close to the predecessors' mean as the order and spacing allow.
  for (const layer of layers) {
    const wanted = layer.map((item) => {
      const ps = before.get(item.key) ?? [];
      return ps.length === 0 ? 0 : mean(ps.map((p) => items.get(p)!.y));
    });
    placeInOrder(wanted, SLOT).forEach((y, i) => (layer[i]!.y = y));
  }

  // Columns and the gaps after them: a vertical track per fan-out (same source) or fan-in (same
  // target) group of the hops crossing a gap, and room for the labels of labelled edges.
  interface Hop {
    edge: LayoutEdge;
    from: Item;
    to: Item;
    first: boolean;
    group: string;
  }
  const hopsByGap = new Map<number, Hop[]>();
  for (const edge of edges) {
    const chain = chains.get(edge.id)!;
    for (let i = 1; i < chain.length; i++) {
      const from = items.get(chain[i - 1]!)!;
      const hop: Hop = { edge, from, to: items.get(chain[i]!)!, first: i === 1, group: '' };
      hopsByGap.set(from.rank, [...(hopsByGap.get(from.rank) ?? []), hop]);
    }
  }
  const tracksOf = new Map<number, { labelled: string[]; plain: string[] }>();
  const hopGroup = new Map<string, string>();
  const columnWidth = layers.map((layer) => Math.max(...layer.map((item) => item.node?.width ?? 0)));
  const left: number[] = [];
  const gapWidth: number[] = [];
  let x = MARGIN.x;
  layers.forEach((_, r) => {
    left.push(x);
    const gapHops = hopsByGap.get(r) ?? [];
    const fanOut = (hop: Hop) => gapHops.filter((h) => h.from.key === hop.from.key).length > 1;
    const labelled: string[] = [];
    const plain: string[] = [];
    for (const hop of gapHops) {
      const isLabelled = hop.edge.labelled === true && hop.first;
      hop.group = isLabelled || fanOut(hop) ? `from:${hop.from.key}` : `to:${hop.to.key}`;
      hopGroup.set(`${hop.edge.id}#${hop.from.key}`, hop.group);
      if (isLabelled) {
        if (!labelled.includes(hop.group)) labelled.push(hop.group);
      } else if (hop.from.y !== hop.to.y && !plain.includes(hop.group)) {
        plain.push(hop.group);
      }
    }
    const plainOnly = plain.filter((g) => !labelled.includes(g));
    tracksOf.set(r, { labelled, plain: plainOnly });
    const gap =
      labelled.length > 0
        ? LABEL_WIDTH + 30 + TRACK * (labelled.length + plainOnly.length)
        : Math.max(GAP, 30 + TRACK * plainOnly.length);
    gapWidth.push(gap);
    x += columnWidth[r]! + gap;
  });
  const centreX = (rank: number) => left[rank]! + columnWidth[rank]! / 2;
  const trackX = (rank: number, group: string): number => {
    const { labelled, plain } = tracksOf.get(rank)!;
    const gapLeft = left[rank]! + columnWidth[rank]!;
    const li = labelled.indexOf(group);
    if (li >= 0) return gapLeft + 15 + li * TRACK;
    return gapLeft + gapWidth[rank]! - 15 - Math.max(0, plain.indexOf(group)) * TRACK;
  };

  const top = Math.min(...[...items.values()].map((item) => item.y - (item.node?.height ?? 0) / 2));
  const shift = MARGIN.y + LABEL_HEIGHT - top;
  const yOf = (item: Item) => item.y + shift;

  const shapes = new Map<string, Bounds>();
  for (const node of nodes) {
    const item = items.get(node.id)!;
    shapes.set(node.id, { x: centreX(item.rank) - node.width / 2, y: yOf(item) - node.height / 2, width: node.width, height: node.height });
  }
  const routes = new Map<string, Point[]>();
  const labels = new Map<string, Bounds>();
  for (const edge of edges) {
    const chain = chains.get(edge.id)!.map((key) => items.get(key)!);
    const points: Point[] = [];
    const push = (p: Point) => {
      const last = points[points.length - 1];
      if (!last || last.x !== p.x || last.y !== p.y) points.push(p);
    };
    for (let i = 1; i < chain.length; i++) {
      const from = chain[i - 1]!;
      const to = chain[i]!;
      const outX = from.node ? centreX(from.rank) + from.node.width / 2 : left[from.rank]! + columnWidth[from.rank]!;
      const inX = to.node ? centreX(to.rank) - to.node.width / 2 : left[to.rank]!;
      if (!from.node) push({ x: left[from.rank]!, y: yOf(from) });
      push({ x: outX, y: yOf(from) });
      let runStart = outX;
      if (from.y !== to.y || (edge.labelled && i === 1)) {
        const track = trackX(from.rank, hopGroup.get(`${edge.id}#${from.key}`)!);
        push({ x: track, y: yOf(from) });
        push({ x: track, y: yOf(to) });
        runStart = track;
      }
      push({ x: inX, y: yOf(to) });
      if (edge.labelled && i === 1) {
        const gapRight = left[from.rank]! + columnWidth[from.rank]! + gapWidth[from.rank]!;
        const plainTracks = tracksOf.get(from.rank)!.plain.length;
        const width = Math.max(40, Math.min(inX, gapRight - 15 - TRACK * plainTracks) - runStart - 12);
        labels.set(edge.id, { x: runStart + 6, y: yOf(to) - LABEL_HEIGHT - 2, width, height: LABEL_HEIGHT });
      }
    }
    routes.set(edge.id, simplify(points));
  }
  return { shapes, edges: routes, labels };
}

/** Drops points in the middle of straight runs. */
function simplify(points: readonly Point[]): Point[] {
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}
