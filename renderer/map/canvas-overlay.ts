import L from 'leaflet';

/**
 * A <canvas> stretched over geographic bounds, like L.imageOverlay but without an image to encode: what is drawn on
 * the canvas is on the map at the next frame. Follows pans for free (it sits in a map pane), rescales on zoom and
 * animates zooms the way Leaflet's ImageOverlay does.
 */
export class CanvasOverlay extends L.Layer {
  readonly canvas: HTMLCanvasElement;
  private map: L.Map | null = null;

  constructor(
    private readonly bounds: L.LatLngBounds,
    private readonly paneName: string,
    className: string,
  ) {
    super();
    this.canvas = document.createElement('canvas');
    this.canvas.className = `leaflet-image-layer leaflet-zoom-animated ${className}`;
  }

  setOpacity(opacity: number): void {
    this.canvas.style.opacity = String(opacity);
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    map.getPane(this.paneName)?.appendChild(this.canvas);
    this.reset();
    return this;
  }

  override onRemove(): this {
    this.canvas.remove();
    this.map = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      zoom: () => this.reset(),
      viewreset: () => this.reset(),
      zoomanim: (e) => this.animateZoom(e as L.ZoomAnimEvent),
    };
  }

  private reset(): void {
    const map = this.map;
    if (!map) return;
    const topLeft = map.latLngToLayerPoint(this.bounds.getNorthWest());
    const bottomRight = map.latLngToLayerPoint(this.bounds.getSouthEast());
    L.DomUtil.setPosition(this.canvas, topLeft);
    this.canvas.style.width = `${bottomRight.x - topLeft.x}px`;
    this.canvas.style.height = `${bottomRight.y - topLeft.y}px`;
  }

  /** During an animated zoom: where the bounds will be at the new zoom, as a transform (ImageOverlay._animateZoom). */
  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this.map;
    if (!map) return;
    const mapPane = map.getPane('mapPane') as HTMLElement;
    const origin = map
      .project(e.center, e.zoom)
      .subtract(map.getSize().divideBy(2))
      .add(L.DomUtil.getPosition(mapPane))
      .round();
    const topLeft = map.project(this.bounds.getNorthWest(), e.zoom).subtract(origin);
    L.DomUtil.setTransform(this.canvas, topLeft, map.getZoomScale(e.zoom));
  }
}
