import { formatNumber } from '../../i18n/format-number';
import type { SlicePlan } from '../../../core/slices';
import { useT } from '../../i18n/use-t';
import { cellLabel, cellShortLabel } from '../../../core/project/labels';
import { useApp } from '../../state/store';

const WIDTH = 400;
const LABEL_W = 128;
const STRIP_H = 9;
const ROW_H = 26;
/** Bin colours from poor (red) to excellent (green); one more than the edges. */
const BIN_COLOURS = [
  '#b71c1c',
  '#e53935',
  '#fb8c00',
  '#fdd835',
  '#c0ca33',
  '#7cb342',
  '#43a047',
  '#2e7d32',
  '#1b5e20',
  '#0d3b12',
];

/** Per cell: the share of its served locations in each SINR bin, DL and UL, as stacked strips. */
export function SinrDistributionChart({ plan }: { plan: SlicePlan }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const first = plan.cells[0];
  if (!first) return null;
  const edges = first.sinrHistogram.edgesDb;
  const binLabel = (k: number) =>
    k === 0 ? `< ${edges[0]}` : k === edges.length ? `≥ ${edges[edges.length - 1]}` : `${edges[k - 1]} … ${edges[k]}`;
  const plot = WIDTH - LABEL_W - 8;
  const label = t('slices.chart.sinr');
  const pct = (v: number) => `${formatNumber(v * 100, lang, 0)} %`;
  const desc = plan.cells
    .map(
      (c) =>
        `${cellLabel(project, c.cellId, lang)}: DL ${c.sinrHistogram.dl.map((v, k) => `${binLabel(k)} dB ${pct(v)}`).join(', ')}; UL ${c.sinrHistogram.ul.map((v, k) => `${binLabel(k)} dB ${pct(v)}`).join(', ')}`,
    )
    .join('. ');
  const strip = (shares: number[], y: number) => {
    let x = LABEL_W;
    return shares.map((share, k) => {
      const w = share * plot;
      const rect = <rect key={k} x={x} y={y} width={Math.max(0, w)} height={STRIP_H} fill={BIN_COLOURS[k] ?? '#777'} />;
      x += w;
      return rect;
    });
  };
  return (
    <figure className="chart-figure">
      <figcaption>{label}</figcaption>
      <p className="chart__legend" aria-hidden="true">
        {BIN_COLOURS.slice(0, edges.length + 1).map((colour, k) => (
          <span key={colour}>
            <svg width="12" height="10">
              <rect width="12" height="10" fill={colour} />
            </svg>{' '}
            {binLabel(k)}
          </span>
        ))}{' '}
        dB
      </p>
      <svg
        className="chart"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${plan.cells.length * ROW_H + 4}`}
        width="100%"
      >
        <title>{label}</title>
        <desc>{desc}</desc>
        {plan.cells.map((c, i) => (
          <g key={c.cellId} transform={`translate(0 ${i * ROW_H})`}>
            <text x={LABEL_W - 6} y={ROW_H / 2 + 4} textAnchor="end" className="chart__label">
              {cellShortLabel(project, c.cellId)}
              <title>{cellLabel(project, c.cellId, lang)}</title>
            </text>
            {strip(c.sinrHistogram.dl, 3)}
            {strip(c.sinrHistogram.ul, 3 + STRIP_H + 2)}
          </g>
        ))}
      </svg>
      <p className="chart__note">{t('slices.chart.sinrNote')}</p>
    </figure>
  );
}
