// Places a computational graph in layers for drawing: leaves on the left, the result on the right.
// A node's column is the length of the longest path from a leaf to it, so every edge points right.
import type { Tensor } from '../engine';

export interface PlacedNode { node: Tensor; column: number; row: number; x: number; y: number }
export interface PlacedEdge { from: PlacedNode; to: PlacedNode }
export interface GraphLayout { nodes: PlacedNode[]; edges: PlacedEdge[]; width: number; height: number }

export function layoutGraph(order: readonly Tensor[], spacing = { x: 150, y: 96, margin: 70 }): GraphLayout {
  const column = new Map<Tensor, number>();
  for (const node of order) {
    // `order` lists parents before children, so every parent's column is already known.
    column.set(node, node.parents.length ? Math.max(...node.parents.map((p) => column.get(p)! + 1)) : 0);
  }
  const rowsUsed = new Map<number, number>();
  const placed = new Map<Tensor, PlacedNode>();
  for (const node of order) {
    const c = column.get(node)!;
    const r = rowsUsed.get(c) ?? 0;
    rowsUsed.set(c, r + 1);
    placed.set(node, { node, column: c, row: r, x: 0, y: 0 });
  }
  const columns = Math.max(...column.values()) + 1;
  const maxRows = Math.max(...rowsUsed.values());
  for (const p of placed.values()) {
    const rowsHere = rowsUsed.get(p.column)!;
    p.x = spacing.margin + p.column * spacing.x;
    p.y = spacing.margin * 0.7 + (p.row + (maxRows - rowsHere) / 2) * spacing.y;
  }
  const edges: PlacedEdge[] = [];
  for (const node of order) for (const parent of node.parents) edges.push({ from: placed.get(parent)!, to: placed.get(node)! });
  return {
    nodes: [...placed.values()],
    edges,
    width: spacing.margin * 2 + (columns - 1) * spacing.x,
    height: spacing.margin * 1.4 + (maxRows - 1) * spacing.y,
  };
}

/** A node's display name: its label, or its op, or the constant's value. */
export function nodeName(node: Tensor): string {
  if (node.label) return node.label;
  if (node.op) return node.op;
  return node.size === 1 ? `${+node.data[0].toFixed(4)}` : 'const';
}
