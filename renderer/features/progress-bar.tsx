/** A labelled progress bar (0…100 %), as the coverage, terrain and calibration jobs show it. */
export function ProgressBar({ label, percent }: { label: string; percent: number }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="coverage-progress__bar"
    >
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
