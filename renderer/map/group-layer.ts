import L from 'leaflet';

/**
 * Base of the overlay layer modules: one Leaflet layer group with symmetric add/remove and a
 * visibility switch (Leaflet `Layer` style). Subclasses say what "forget what was drawn" means.
 */
export abstract class GroupLayer {
  readonly group = L.layerGroup();

  addTo(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  /** Takes the layer off the map and forgets what it drew, so the next update redraws. */
  remove(): void {
    this.group.remove();
    this.reset();
  }

  setVisible(map: L.Map, visible: boolean): void {
    if (visible && !map.hasLayer(this.group)) this.group.addTo(map);
    if (!visible && map.hasLayer(this.group)) this.group.remove();
  }

  protected abstract reset(): void;
}
