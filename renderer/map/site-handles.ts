import type { DrawnItem, LayerRect } from './site-canvas';

/** Most sites in view that get a handle; with more, only the selected site has one (use the objects panel). */
export const HANDLE_LIMIT = 150;

/** Texts of the handles in the UI language. */
export interface SiteHandleTexts {
  group: string;
  /** How to move the selected site with the keyboard. */
  moveHint: string;
  /** Note when more sites are in view than get handles, for `count` sites. */
  tooMany(count: number): string;
  /** Name of a cluster's handle. */
  cluster(count: number): string;
}

export interface SiteHandlesOptions {
  onSelect(id: string): void;
  /** An arrow key on the selected site: move it by (dx, dy) screen pixels. */
  onNudge(id: string, dxPx: number, dyPx: number): void;
  /** The selected site's handle lost focus: the keyboard move is one finished undo step. */
  onNudgeEnd(): void;
  /** A cluster's handle was pressed: zoom in until it falls apart (cluster id, layer point). */
  onExpandCluster(clusterId: number, x: number, y: number): void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The keyboard and screen-reader side of the site canvas: one transparent, focusable button per site or cluster drawn
 * in view (up to HANDLE_LIMIT), placed on its disc, named by the site (aria-label and title, plain text) or by the
 * cluster's count, pressed when selected. Enter or Space selects a site or zooms into a cluster; arrow keys move the
 * selected site (Shift: ten times as far). The mouse
 * never reaches them (pointer-events: none): pointer input goes through the canvas hit test (site-pointer.ts).
 * Buttons are keyed by site id and reused, so focus survives redraws.
 */
export class SiteHandles {
  private root: HTMLDivElement | null = null;
  private note: HTMLParagraphElement | null = null;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private texts: SiteHandleTexts | null = null;
  private readonly hintId = `site-handle-hint-${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly pane: () => HTMLElement | undefined,
    private readonly options: SiteHandlesOptions,
  ) {}

  setTexts(texts: SiteHandleTexts): void {
    this.texts = texts;
    if (!this.root) return;
    this.root.setAttribute('aria-label', texts.group);
    const hint = this.root.querySelector(`#${this.hintId}`);
    if (hint) hint.textContent = texts.moveHint;
  }

  /**
   * Shows handles for the sites and clusters among `items` inside `view` (layer points) when there are at most
   * HANDLE_LIMIT of them, and always for the selected site.
   */
  update(items: readonly DrawnItem[], view: LayerRect): void {
    const inView = items.filter(
      (i) =>
        !(i.kind === 'site' && i.selected) &&
        i.x >= view.minX &&
        i.x <= view.maxX &&
        i.y >= view.minY &&
        i.y <= view.maxY,
    );
    const selected = items.find((i) => i.kind === 'site' && i.selected);
    const shown = inView.length <= HANDLE_LIMIT ? [...inView] : [];
    if (selected) shown.push(selected);
    const hidden = inView.length <= HANDLE_LIMIT ? 0 : inView.reduce((n, i) => n + count(i), 0);
    if (shown.length === 0 && hidden === 0 && !this.root) return;
    const root = this.ensureRoot();
    if (!root) return;
    const seen = new Set<string>();
    for (const item of shown) {
      const key = item.kind === 'site' ? item.entry.site.id : `cluster:${item.clusterId}`;
      const label = item.kind === 'site' ? item.entry.site.name : (this.texts?.cluster(item.count) ?? '');
      seen.add(key);
      let button = this.buttons.get(key);
      if (!button) {
        button = this.createButton(key, item);
        this.buttons.set(key, button);
        root.append(button);
      }
      if (button.title !== label) {
        button.title = label;
        button.setAttribute('aria-label', label);
      }
      if (item.kind === 'site') {
        button.setAttribute('aria-pressed', String(item.selected));
        if (item.selected) button.setAttribute('aria-describedby', this.hintId);
        else button.removeAttribute('aria-describedby');
      }
      button.style.left = `${Math.round(item.x)}px`;
      button.style.top = `${Math.round(item.y)}px`;
    }
    for (const [key, button] of this.buttons)
      if (!seen.has(key)) {
        button.remove();
        this.buttons.delete(key);
      }
    if (this.note) this.note.textContent = hidden > 0 && this.texts ? this.texts.tooMany(hidden) : '';
  }

  /** Takes every handle off the map. */
  remove(): void {
    this.root?.remove();
    this.root = null;
    this.note = null;
    this.buttons.clear();
  }

  private ensureRoot(): HTMLDivElement | null {
    if (this.root?.isConnected) return this.root;
    const pane = this.pane();
    if (!pane) return null;
    const root = document.createElement('div');
    root.className = 'site-handles leaflet-zoom-hide';
    root.setAttribute('role', 'group');
    const hint = document.createElement('p');
    hint.id = this.hintId;
    hint.className = 'visually-hidden';
    const note = document.createElement('p');
    note.className = 'visually-hidden';
    root.append(hint, note);
    pane.append(root);
    this.root = root;
    this.note = note;
    this.buttons.clear();
    if (this.texts) this.setTexts(this.texts);
    return root;
  }

  private createButton(key: string, item: DrawnItem): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = item.kind === 'site' ? 'site-handle' : 'site-handle site-handle--cluster';
    if (item.kind === 'cluster') {
      const { clusterId, x, y } = item;
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        this.options.onExpandCluster(clusterId, x, y);
      });
      return button;
    }
    button.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight');
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      this.options.onSelect(key);
    });
    button.addEventListener('keydown', (event) => {
      const arrow = ARROWS[event.key];
      if (!arrow || button.getAttribute('aria-pressed') !== 'true') return;
      event.preventDefault();
      event.stopPropagation();
      const step = event.shiftKey ? 10 : 1;
      this.options.onNudge(key, arrow[0] * step, arrow[1] * step);
    });
    button.addEventListener('blur', () => this.options.onNudgeEnd());
    return button;
  }
}

/** Sites an item stands for. */
function count(item: DrawnItem): number {
  return item.kind === 'cluster' ? item.count : 1;
}
