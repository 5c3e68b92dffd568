import type L from 'leaflet';
import { GroupLayer } from './group-layer';
import { diffKeyed, type KeyedEntry } from './keyed-diff';

/**
 * Base of the object layers (areas, corridors): one Leaflet layer per object, keyed by id, recreated only for the
 * objects whose identity or selection changed (keyed-diff.ts), kept in document order (later objects above).
 */
export abstract class KeyedLayer<T extends { id: string }> extends GroupLayer {
  private readonly drawn = new Map<string, KeyedEntry<T> & { layer: L.Layer }>();
  private last: { items: readonly T[]; selectedId: string | null } | null = null;

  /** Builds the Leaflet layer of one object. */
  protected abstract create(item: T, selected: boolean): L.Layer;

  protected reset(): void {
    this.group.clearLayers();
    this.drawn.clear();
    this.last = null;
  }

  /** Forgets everything drawn, so the next update rebuilds all (e.g. after the language changed). */
  protected invalidate(): void {
    this.reset();
  }

  /** Draws `items` with `selectedId` selected; returns how many objects were (re)created. */
  protected sync(items: readonly T[], selectedId: string | null): number {
    if (this.last && this.last.items === items && this.last.selectedId === selectedId) return 0;
    this.last = { items, selectedId };
    const { create, drop } = diffKeyed(this.drawn, items, selectedId);
    for (const id of drop) {
      this.drawn.get(id)?.layer.remove();
      this.drawn.delete(id);
    }
    for (const { item, selected } of create) {
      const layer = this.create(item, selected);
      layer.addTo(this.group);
      this.drawn.set(item.id, { item, selected, layer });
    }
    // A recreated object is drawn last; raise the objects after it again so the document order holds.
    const first = create[0]?.index;
    if (first !== undefined && create.length < items.length)
      for (let i = first + 1; i < items.length; i++) {
        const layer = this.drawn.get((items[i] as T).id)?.layer;
        if (layer && 'bringToFront' in layer) (layer as L.Path).bringToFront();
      }
    return create.length;
  }
}
