import { formatNumber } from '../../i18n/format-number';
import type { SlicePlan } from '../../../core/slices';
import { useT } from '../../i18n/use-t';
import { cellLabel, cellShortLabel } from '../../../core/project/labels';
import { useApp } from '../../state/store';

const WIDTH = 400;
const LABEL_W = 128;
const VALUE_W = 78;
const BAR_H = 9;
const ROW_H = 24;
const HEAD_H = 18;

/** One bar of a row: value, legend name and CSS class (colour). */
interface Bar {
  value: number;
  name: string;
  className: string;
}

interface Section {
  title: string;
  rows: { label: string; title?: string; bars: Bar[]; text: string }[];
}

const finite = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);

/** Horizontal grouped bars in sections, each section on its own scale; role img with <title> and <desc>. */
function BarChart({ label, sections, desc }: { label: string; sections: Section[]; desc: string }) {
  const plot = WIDTH - LABEL_W - VALUE_W;
  const heights = sections.map((section) => HEAD_H + section.rows.length * ROW_H + 6);
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));
  const y = heights.reduce((a, b) => a + b, 0);
  const parts = sections.map((section, s) => {
    const max = Math.max(1e-9, ...section.rows.flatMap((r) => r.bars.map((b) => finite(b.value))));
    const top = tops[s] ?? 0;
    return (
      <g key={section.title} transform={`translate(0 ${top})`}>
        <text x={0} y={13} className="chart__heading">
          {section.title}
        </text>
        {section.rows.map((row, i) => (
          <g key={row.label} transform={`translate(0 ${HEAD_H + i * ROW_H})`}>
            <text x={LABEL_W - 6} y={ROW_H / 2 + 4} textAnchor="end" className="chart__label">
              {row.label}
              {row.title && <title>{row.title}</title>}
            </text>
            {row.bars.map((bar, k) => (
              <rect
                key={bar.name}
                x={LABEL_W}
                y={3 + k * (BAR_H + 1)}
                width={Math.max(1, (Math.min(finite(bar.value), max) / max) * plot)}
                height={BAR_H}
                className={bar.className}
              />
            ))}
            <text x={WIDTH - VALUE_W + 4} y={ROW_H / 2 + 4} className="chart__value">
              {row.text}
            </text>
          </g>
        ))}
      </g>
    );
  });
  return (
    <svg className="chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${y}`} width="100%">
      <title>{label}</title>
      <desc>{desc}</desc>
      {parts}
    </svg>
  );
}

function Legend({ items }: { items: { name: string; className: string }[] }) {
  return (
    <p className="chart__legend" aria-hidden="true">
      {items.map((item) => (
        <span key={item.name}>
          <svg width="12" height="10">
            <rect width="12" height="10" className={item.className} />
          </svg>{' '}
          {item.name}
        </span>
      ))}
    </p>
  );
}

/** Grouped bars per cell and direction: capacity and demand (utilisation × capacity) at the assessed bandwidth, Mbps. */
export function DemandCapacityChart({ plan }: { plan: SlicePlan }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const n = (v: number) => (Number.isFinite(v) ? formatNumber(v, lang, v < 10 ? 1 : 0) : '∞');
  const capacity = t('slices.chart.capacity');
  const demand = t('slices.chart.demandWord');
  const sections: Section[] = (['DL', 'UL'] as const).map((dir) => ({
    title: dir,
    rows: plan.cells.map((c) => {
      const cap = dir === 'DL' ? c.capacityDlMbps : c.capacityUlMbps;
      const used = (dir === 'DL' ? c.utilisationDl : c.utilisationUl) * cap;
      const over = used > cap ? ' chart__bar--over' : '';
      return {
        label: cellShortLabel(project, c.cellId),
        title: cellLabel(project, c.cellId, lang),
        bars: [
          { value: cap, name: capacity, className: 'chart__bar chart__bar--capacity' },
          { value: used, name: demand, className: `chart__bar chart__bar--demand${over}` },
        ],
        text: `${n(used)} / ${n(cap)}`,
      };
    }),
  }));
  const label = t('slices.chart.demand', { bw: plan.assessedBandwidthMHz });
  const desc = sections
    .map(
      (s) =>
        `${s.title}: ${s.rows.map((r) => `${r.title ?? r.label} ${demand}/${capacity} ${r.text} Mbit/s`).join('; ')}`,
    )
    .join('. ');
  return (
    <figure className="chart-figure">
      <figcaption>{label}</figcaption>
      <Legend
        items={[
          { name: capacity, className: 'chart__bar chart__bar--capacity' },
          { name: demand, className: 'chart__bar chart__bar--demand' },
        ]}
      />
      <BarChart label={label} sections={sections} desc={desc} />
    </figure>
  );
}

/** Per cell: mean spectral efficiency DL and UL over its service area (bit/s/Hz) and the outage share. */
export function SpectralEfficiencyChart({ plan }: { plan: SlicePlan }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const project = useApp((s) => s.project);
  const evaluation =
    plan.evaluations.find((e) => e.bandwidthMHz === plan.assessedBandwidthMHz) ?? plan.evaluations.at(-1);
  if (!evaluation) return null;
  const pct = (v: number) => `${formatNumber(v * 100, lang, v > 0 && v < 0.1 ? 1 : 0)} %`;
  const outage = t('slices.chart.outage');
  const rows = plan.cells.map((c) => {
    const cap = evaluation.capacities[c.cellId];
    const dl = cap?.meanSeDlBpsHz ?? 0;
    const ul = cap?.meanSeUlBpsHz ?? 0;
    return {
      label: cellShortLabel(project, c.cellId),
      title: cellLabel(project, c.cellId, lang),
      bars: [
        { value: dl, name: 'DL', className: 'chart__bar chart__bar--dl' },
        { value: ul, name: 'UL', className: 'chart__bar chart__bar--ul' },
      ],
      text: `${outage} ${pct(Math.max(cap?.outageDl ?? 0, cap?.outageUl ?? 0))}`,
      se: `DL ${formatNumber(dl, lang, 2)} / UL ${formatNumber(ul, lang, 2)} bit/s/Hz`,
    };
  });
  const label = t('slices.chart.se', { bw: evaluation.bandwidthMHz });
  const desc = rows.map((r) => `${r.title}: ${r.se}, ${r.text}`).join('; ');
  return (
    <figure className="chart-figure">
      <figcaption>{label}</figcaption>
      <Legend
        items={[
          { name: 'DL', className: 'chart__bar chart__bar--dl' },
          { name: 'UL', className: 'chart__bar chart__bar--ul' },
        ]}
      />
      <BarChart label={label} sections={[{ title: 'bit/s/Hz', rows }]} desc={desc} />
    </figure>
  );
}
