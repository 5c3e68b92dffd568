import { formatNumber } from '../../i18n/format-number';
import type { TerrainLink } from '../../../core/terrain';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

const W = 300;
const H = 170;
const PAD = { left: 40, right: 8, top: 10, bottom: 26 };

/**
 * SVG chart of a terrain link: ground + Earth bulge (as the ray sees it), the line of sight, the first Fresnel
 * zone around it and the diffracting edges, heights in m above sea level over distance in km.
 */
export function ProfileChart({ link, siteName }: { link: TerrainLink; siteName: string }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { profile, clearance, edges } = link;
  const d = Array.from(profile.distancesM);
  const ground = Array.from(clearance.effectiveGroundM);
  const ray = Array.from(clearance.rayM);
  const r1 = Array.from(clearance.fresnelRadiusM);
  const finite = (v: number) => Number.isFinite(v);
  const highs = [...ground.filter(finite), ...ray.map((v, i) => v + (r1[i] ?? 0))];
  const lows = [...ground.filter(finite), ...ray.map((v, i) => v - (r1[i] ?? 0))];
  const yMin = Math.floor(Math.min(...lows, 0) / 10) * 10;
  const yMax = Math.ceil(Math.max(...highs, yMin + 10) / 10) * 10;
  const total = Math.max(profile.totalDistanceM, 1);
  const x = (m: number) => PAD.left + (m / total) * (W - PAD.left - PAD.right);
  const y = (h: number) => PAD.top + ((yMax - h) / (yMax - yMin)) * (H - PAD.top - PAD.bottom);
  const line = (values: number[]) =>
    values.map((v, i) => (finite(v) ? `${x(d[i] as number).toFixed(1)},${y(v).toFixed(1)}` : null)).filter(Boolean);
  const groundPts = line(ground);
  const groundArea = `M${x(0)},${y(yMin)} L${groundPts.join(' L')} L${x(total)},${y(yMin)} Z`;
  const upper = line(ray.map((v, i) => v + (r1[i] ?? 0)));
  const lower = line(ray.map((v, i) => v - (r1[i] ?? 0))).reverse();
  const km = total / 1000;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const title = t('link.profileChart', { site: siteName, km: formatNumber(km, lang, 2) });
  return (
    <figure className="profile-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <title>{title}</title>
        <path d={`M${upper.join(' L')} L${lower.join(' L')} Z`} className="profile-chart__fresnel" />
        <path d={groundArea} className="profile-chart__ground" />
        <path d={`M${line(ray).join(' L')}`} className="profile-chart__ray" />
        {edges.map((edge, i) => (
          <g key={i} className="profile-chart__edge">
            <line x1={x(edge.distanceM)} x2={x(edge.distanceM)} y1={y(edge.heightM)} y2={y(yMin)} />
            <circle cx={x(edge.distanceM)} cy={y(edge.heightM)} r={3.5} />
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(yMin)} y2={y(yMin)} className="profile-chart__axis" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(yMin)} className="profile-chart__axis" />
        {ticks.map((f) => (
          <text key={f} x={x(f * total)} y={H - 12} textAnchor="middle" className="profile-chart__tick">
            {formatNumber(f * km, lang, 1)}
          </text>
        ))}
        {[yMin, (yMin + yMax) / 2, yMax].map((h) => (
          <text key={h} x={PAD.left - 4} y={y(h) + 3} textAnchor="end" className="profile-chart__tick">
            {formatNumber(h, lang)}
          </text>
        ))}
        <text x={(PAD.left + W) / 2} y={H - 1} textAnchor="middle" className="profile-chart__tick">
          {t('link.chart.distance')}
        </text>
      </svg>
      <figcaption className="profile-chart__legend">
        <span className="swatch profile-chart__key--ground" aria-hidden="true" /> {t('link.chart.terrain')}{' '}
        <span className="swatch profile-chart__key--ray" aria-hidden="true" /> {t('link.chart.los')}{' '}
        <span className="swatch profile-chart__key--fresnel" aria-hidden="true" /> {t('link.chart.fresnel')}{' '}
        {edges.length > 0 && (
          <>
            <span className="swatch profile-chart__key--edge" aria-hidden="true" /> {t('link.chart.edge')}
          </>
        )}
        <br />
        <span className="muted">{t('link.chart.height')}</span>
      </figcaption>
    </figure>
  );
}
