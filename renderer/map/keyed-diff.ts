/** What a keyed layer drew for one object: the object as it was and whether it was selected. */
export interface KeyedEntry<T> {
  item: T;
  selected: boolean;
}

/** The result of diffKeyed: objects to (re)create in document order, and ids whose drawing goes away. */
export interface KeyedDiff<T> {
  create: { item: T; selected: boolean; index: number }[];
  drop: string[];
}

/**
 * Diffs the objects drawn (`drawn`, by id) against the document's `items` by identity and selection: an object is
 * recreated only when it is new, a different object (the store replaces an object on every edit of it and keeps it
 * otherwise) or its selection changed; ids no longer in `items` are dropped. `index` is the position in `items`.
 */
export function diffKeyed<T extends { id: string }>(
  drawn: ReadonlyMap<string, KeyedEntry<T>>,
  items: readonly T[],
  selectedId: string | null,
): KeyedDiff<T> {
  const create: KeyedDiff<T>['create'] = [];
  const drop: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    seen.add(item.id);
    const selected = item.id === selectedId;
    const old = drawn.get(item.id);
    if (old && old.item === item && old.selected === selected) return;
    if (old) drop.push(item.id);
    create.push({ item, selected, index });
  });
  for (const id of drawn.keys()) if (!seen.has(id)) drop.push(id);
  return { create, drop };
}
