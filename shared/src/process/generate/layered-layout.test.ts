import { describe, expect, it } from 'vitest';
import { layeredLayout, placeInOrder } from './layered-layout';

describe('placeInOrder', () => {
  it('keeps wanted positions that are far enough apart', () => {
    // when / then
    expect(placeInOrder([0, 200, 500], 100)).toEqual([0, 200, 500]);
  });

  it('spreads crowded positions around their mean, in order', () => {
    // given four nodes all wanting the fork's height
    // when
    const placed = placeInOrder([0, 0, 0, 0], 140);

    // then
    expect(placed).toEqual([-210, -70, 70, 210]);
  });
});

describe('layeredLayout', () => {
  it('ranks by longest path and reserves a slot for an edge skipping a rank', () => {
    // given a → b → c and a → c
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 80 }));
    const edges = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
      { id: 'ac', source: 'a', target: 'c', labelled: true },
    ];

    // when
    const layout = layeredLayout(nodes, edges);

    // then
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.shapes.get(id)!);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    const skip = layout.edges.get('ac')!;
    const crossesB = skip.slice(1).some((q, i) => {
      const p = skip[i]!;
      const [x1, x2, y1, y2] = [Math.min(p.x, q.x), Math.max(p.x, q.x), Math.min(p.y, q.y), Math.max(p.y, q.y)];
      return x1 < b!.x + b!.width && x2 > b!.x && y1 < b!.y + b!.height && y2 > b!.y;
    });
    expect(crossesB).toBe(false);
    expect(Math.min(...skip.map((p) => p.x))).toBe(a!.x + a!.width);
    expect(Math.max(...skip.map((p) => p.x))).toBe(c!.x);
    expect(skip.every((p, i) => i === 0 || p.x >= skip[i - 1]!.x)).toBe(true);
    expect(layout.labels.has('ac')).toBe(true);
    expect(layout.labels.has('ab')).toBe(false);
  });
});
