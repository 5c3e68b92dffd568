import { formatNumber } from '../../../core/geo/format';
import type { CalibrationStats } from '../../../core/calibration';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';

const W = 300;
const H = 230;
const PAD = { left: 38, right: 8, top: 8, bottom: 30 };

/** Rounds an axis range outwards to multiples of `step`. */
function niceRange(values: number[], step: number): [number, number] {
  const lo = Math.floor(Math.min(...values) / step) * step;
  const hi = Math.ceil(Math.max(...values) / step) * step;
  return hi > lo ? [lo, hi] : [lo - step, hi + step];
}

/** Scatter plot of predicted (x) against measured (y) RSRP with the 1:1 line, same scale on both axes. */
export function CalibrationScatter({ points, n }: { points: [number, number][]; n: number }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  if (points.length === 0) return null;
  const [lo, hi] = niceRange(points.flat(), 10);
  const x = (v: number) => PAD.left + ((v - lo) / (hi - lo)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const ticks: number[] = [];
  for (let v = lo; v <= hi; v += (hi - lo) / 5 >= 20 ? 20 : 10) ticks.push(v);
  const label = t('calibration.scatter');
  const note = t('calibration.scatterNote', { shown: formatNumber(points.length, lang), n: formatNumber(n, lang) });
  return (
    <figure className="chart-figure">
      <figcaption>{label}</figcaption>
      <svg className="chart calibration-chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%">
        <title>{label}</title>
        <desc>{note}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line className="calibration-chart__grid" x1={x(v)} x2={x(v)} y1={y(lo)} y2={y(hi)} />
            <line className="calibration-chart__grid" x1={x(lo)} x2={x(hi)} y1={y(v)} y2={y(v)} />
            <text className="chart__label" x={x(v)} y={H - PAD.bottom + 12} textAnchor="middle">
              {formatNumber(v, lang)}
            </text>
            <text className="chart__label" x={PAD.left - 4} y={y(v) + 3} textAnchor="end">
              {formatNumber(v, lang)}
            </text>
          </g>
        ))}
        <g className="calibration-chart__points">
          {points.map(([p, m], i) => (
            <circle key={i} cx={x(p)} cy={y(m)} r={1.6} />
          ))}
        </g>
        <line className="calibration-chart__identity" x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} />
        <text className="chart__label" x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
          {t('calibration.axisPredicted')}
        </text>
        <text
          className="chart__label"
          transform={`translate(10 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('calibration.axisMeasured')}
        </text>
      </svg>
      <p className="chart__note">{note}</p>
    </figure>
  );
}

/** Histogram of measured − predicted in 2 dB bins (with the under- and overflow bins at the ends). */
export function CalibrationHistogram({ histogram }: { histogram: CalibrationStats['histogram'] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { edgesDb, counts } = histogram;
  const max = Math.max(1, ...counts);
  const first = edgesDb[0] as number;
  const last = edgesDb[edgesDb.length - 1] as number;
  const bins = counts.length;
  const bw = (W - PAD.left - PAD.right) / bins;
  const h = H - 60;
  const label = t('calibration.histogram');
  const binText = (k: number) =>
    k === 0
      ? `< ${formatNumber(first, lang)}`
      : k === bins - 1
        ? `≥ ${formatNumber(last, lang)}`
        : `${formatNumber(edgesDb[k - 1] as number, lang)}…${formatNumber(edgesDb[k] as number, lang)}`;
  const desc = counts.map((c, k) => `${binText(k)} dB: ${c}`).join('; ');
  const xOf = (db: number) => PAD.left + (1 + (db - first) / 2) * bw;
  return (
    <figure className="chart-figure">
      <figcaption>{label}</figcaption>
      <svg className="chart calibration-chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${h}`} width="100%">
        <title>{label}</title>
        <desc>{desc}</desc>
        {counts.map((c, k) => {
          const barH = (c / max) * (h - PAD.top - PAD.bottom);
          return (
            <rect
              key={k}
              className="calibration-chart__bar"
              x={PAD.left + k * bw + 0.5}
              y={h - PAD.bottom - barH}
              width={Math.max(0.5, bw - 1)}
              height={barH}
            />
          );
        })}
        <line className="calibration-chart__identity" x1={xOf(0)} x2={xOf(0)} y1={PAD.top} y2={h - PAD.bottom} />
        {[-30, -20, -10, 0, 10, 20, 30].map((v) => (
          <text key={v} className="chart__label" x={xOf(v)} y={h - PAD.bottom + 12} textAnchor="middle">
            {formatNumber(v, lang)}
          </text>
        ))}
        <text className="chart__label" x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {formatNumber(max, lang)}
        </text>
        <text className="chart__label" x={(PAD.left + W - PAD.right) / 2} y={h - 4} textAnchor="middle">
          {t('calibration.axisError')}
        </text>
      </svg>
    </figure>
  );
}
