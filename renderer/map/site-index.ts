import KDBush from 'kdbush';
import Supercluster from 'supercluster';
import type { Site } from '../../core/project/schema';
import { worldPoint } from './world-point';

/** A site with its zoom-0 Web Mercator world pixel (see world-point.ts). */
export interface IndexedSite {
  site: Site;
  x: number;
  y: number;
}

/** What an update changed, by site id (old positions kept so the canvas can clear where a site was). */
export interface SiteDiff {
  added: IndexedSite[];
  removed: IndexedSite[];
  /** Position changed: [before, after]. */
  moved: [IndexedSite, IndexedSite][];
  /** Kind (colour) changed, same position. */
  restyled: IndexedSite[];
  /** Only name, notes or radio fields changed: nothing to repaint. */
  other: IndexedSite[];
}

/** A cluster or a single site as supercluster returns them for a view. */
export type ClusterItem =
  { kind: 'cluster'; clusterId: number; count: number; x: number; y: number } | { kind: 'site'; entry: IndexedSite };

/** Cluster radius in screen pixels (supercluster with 256-px tiles). */
export const CLUSTER_RADIUS_PX = 50;
/** The map's least zoom (map-controller.ts): no cluster levels are built below it. */
const CLUSTER_MIN_ZOOM = 5;
/** Above this zoom sites are never clustered. */
export const CLUSTER_MAX_ZOOM = 15;

const EMPTY_DIFF: SiteDiff = { added: [], removed: [], moved: [], restyled: [], other: [] };

/**
 * The sites of the document in draw order with a static spatial index (KDBush) for view queries and, built only
 * when asked for, a supercluster index for clustering. update() diffs by object identity: the store keeps an
 * unchanged site the same object, so an edit of one site costs one comparison per site and no re-projection.
 */
export class SiteIndex {
  private entries = new Map<string, IndexedSite>();
  private ordered: IndexedSite[] = [];
  private tree: KDBush | null = null;
  private clusters: Supercluster<{ index: number }> | null = null;
  private source: readonly Site[] | null = null;

  /** The sites in document order. */
  get all(): readonly IndexedSite[] {
    return this.ordered;
  }

  get(id: string): IndexedSite | undefined {
    return this.entries.get(id);
  }

  /** Takes the document's sites; returns what changed since the last call. */
  update(sites: readonly Site[]): SiteDiff {
    if (sites === this.source) return EMPTY_DIFF;
    this.source = sites;
    const diff: SiteDiff = { added: [], removed: [], moved: [], restyled: [], other: [] };
    const next = new Map<string, IndexedSite>();
    const ordered: IndexedSite[] = [];
    let orderChanged = sites.length !== this.ordered.length;
    for (const site of sites) {
      const old = this.entries.get(site.id);
      let entry: IndexedSite;
      if (!old) {
        const [x, y] = worldPoint(site.lon, site.lat);
        entry = { site, x, y };
        diff.added.push(entry);
      } else if (old.site === site) entry = old;
      else if (old.site.lon !== site.lon || old.site.lat !== site.lat) {
        const [x, y] = worldPoint(site.lon, site.lat);
        entry = { site, x, y };
        diff.moved.push([old, entry]);
      } else {
        entry = { site, x: old.x, y: old.y };
        (old.site.kind !== site.kind ? diff.restyled : diff.other).push(entry);
      }
      if (!orderChanged && this.ordered[ordered.length]?.site.id !== site.id) orderChanged = true;
      next.set(site.id, entry);
      ordered.push(entry);
    }
    for (const [id, old] of this.entries) if (!next.has(id)) diff.removed.push(old);
    this.entries = next;
    this.ordered = ordered;
    if (orderChanged || diff.added.length || diff.removed.length || diff.moved.length) {
      this.tree = null;
      this.clusters = null;
    }
    return diff;
  }

  /** Sites (document order) whose zoom-0 world pixel lies in the box. */
  range(minX: number, minY: number, maxX: number, maxY: number): IndexedSite[] {
    if (this.ordered.length === 0) return [];
    const tree = (this.tree ??= this.buildTree());
    return tree
      .range(minX, minY, maxX, maxY)
      .sort((a, b) => a - b)
      .map((i) => this.ordered[i] as IndexedSite);
  }

  /** Clusters and single sites in a WGS84 box [west, south, east, north] at an integer zoom. */
  clustersIn(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    const index = (this.clusters ??= this.buildClusters());
    return index.getClusters(bbox, zoom).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties;
      if ('cluster' in props && props.cluster) {
        const [x, y] = worldPoint(lon, lat);
        return { kind: 'cluster', clusterId: props.cluster_id, count: props.point_count, x, y };
      }
      return { kind: 'site', entry: this.ordered[(props as { index: number }).index] as IndexedSite };
    });
  }

  /** The zoom at which a cluster falls apart (supercluster's expansion zoom). */
  expansionZoom(clusterId: number): number {
    return (this.clusters ??= this.buildClusters()).getClusterExpansionZoom(clusterId);
  }

  private buildTree(): KDBush {
    const tree = new KDBush(this.ordered.length);
    for (const entry of this.ordered) tree.add(entry.x, entry.y);
    return tree.finish();
  }

  private buildClusters(): Supercluster<{ index: number }> {
    const index = new Supercluster<{ index: number }>({
      radius: CLUSTER_RADIUS_PX,
      extent: 256,
      minZoom: CLUSTER_MIN_ZOOM,
      maxZoom: CLUSTER_MAX_ZOOM,
    });
    index.load(
      this.ordered.map((entry, i) => ({
        type: 'Feature' as const,
        properties: { index: i },
        geometry: { type: 'Point' as const, coordinates: [entry.site.lon, entry.site.lat] },
      })),
    );
    return index;
  }
}
