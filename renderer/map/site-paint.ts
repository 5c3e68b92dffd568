/** Outline colour of the selection (the app's focus colour, --focus in styles.css). */
const FOCUS = '#ffb300';
const INK = '#1f2933';
const CLUSTER_FILL = 'rgba(29, 95, 191, 0.88)';

/** Radius of a site's dot in CSS pixels (selected sites are drawn larger). */
export function siteRadiusPx(selected: boolean): number {
  return selected ? 10 : 7;
}

/** Radius of a cluster's disc in CSS pixels: grows with the logarithm of its site count. */
export function clusterRadiusPx(count: number): number {
  return Math.round(13 + 4 * Math.log10(Math.max(2, count)));
}

/** Draws one site: a dot in its kind's colour with a white ring; the selected one with the focus ring. */
export function drawSite(ctx: CanvasRenderingContext2D, x: number, y: number, colour: string, selected: boolean): void {
  const r = siteRadiusPx(selected);
  if (selected) {
    ctx.beginPath();
    ctx.arc(x, y, r + 4.5, 0, Math.PI * 2);
    ctx.fillStyle = FOCUS;
    ctx.fill();
    ctx.beginPath();
    ctx.arc(x, y, r + 2, 0, Math.PI * 2);
    ctx.fillStyle = INK;
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.arc(x, y, r + 1, 0, Math.PI * 2);
    ctx.fillStyle = 'rgba(0, 0, 0, 0.45)';
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, r - 2, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
}

/** Draws a cluster: a blue disc with a white ring and its site count. */
export function drawCluster(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, label: string): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = '#fff';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, r - 2, 0, Math.PI * 2);
  ctx.fillStyle = CLUSTER_FILL;
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.font = `600 ${r > 18 ? 12 : 11}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x, y + 0.5);
}
