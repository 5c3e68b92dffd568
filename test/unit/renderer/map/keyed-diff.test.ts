import { describe, expect, it } from 'vitest';
import { diffKeyed, type KeyedEntry } from '../../../../renderer/map/keyed-diff';

type Item = { id: string; name: string };
const items: Item[] = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, name: `Område ${i}` }));

function drawn(list: readonly Item[], selectedId: string | null): Map<string, KeyedEntry<Item>> {
  return new Map(list.map((item) => [item.id, { item, selected: item.id === selectedId }]));
}

describe('diffKeyed', () => {
  it('recreates nothing when the objects and the selection are the same', () => {
    expect(diffKeyed(drawn(items, 'a3'), items, 'a3')).toEqual({ create: [], drop: [] });
  });

  it('recreates only the edited object, at its document position', () => {
    const edited = items.map((item, i) => (i === 42 ? { ...item, name: 'Ny' } : item));
    const diff = diffKeyed(drawn(items, null), edited, null);
    expect(diff.create).toEqual([{ item: edited[42], selected: false, index: 42 }]);
    expect(diff.drop).toEqual(['a42']);
  });

  it('a selection change recreates the two objects involved; deletions are dropped', () => {
    const diff = diffKeyed(drawn(items, 'a1'), items.slice(0, 150), 'a2');
    expect(diff.create.map((c) => [c.item.id, c.selected])).toEqual([
      ['a1', false],
      ['a2', true],
    ]);
    expect(diff.drop).toEqual(['a1', 'a2', ...items.slice(150).map((i) => i.id)]);
  });
});
