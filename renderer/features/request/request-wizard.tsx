import { useEffect, useId, useRef, type ComponentType } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { REQUEST_STEPS, type AppState, type RequestStep } from '../../state/app-state';
import { useApp } from '../../state/store';
import { calculateSlicePlan } from '../slices/slices-flow';
import { slicePlanInputsHash } from '../../state/slices-plan';
import { setFieldOverlay } from './field-overlay';
import { RequestPreview } from './request-preview';
import { useReturnFocus } from '../dialog';
import { StepArea } from './step-area';
import { StepCells } from './step-cells';
import { StepExport } from './step-export';
import { StepPeriod } from './step-period';
import { StepRequester } from './step-requester';
import { StepReview } from './step-review';
import { StepSpectrum } from './step-spectrum';
import { useRequestModel, type RequestModel } from './use-request-model';

const STEP_VIEWS: Record<RequestStep, ComponentType<{ model: RequestModel }>> = {
  requester: StepRequester,
  area: StepArea,
  spectrum: StepSpectrum,
  period: StepPeriod,
  cells: StepCells,
  review: StepReview,
  export: StepExport,
};

/**
 * The lease-request wizard: step list, the current step's form and a live preview of the
 * document. Not a store dialog, so Ctrl+Z/Ctrl+Y keep working on the draft while it is open.
 */
export function RequestWizard() {
  const wizard = useApp((s) => s.requestWizard);
  return wizard ? <WizardView wizard={wizard} /> : null;
}

function WizardView({ wizard }: { wizard: NonNullable<AppState['requestWizard']> }) {
  const t = useT();
  const titleId = useId();
  const setStep = useApp((s) => s.setRequestStep);
  const close = useApp((s) => s.closeRequestWizard);
  const setPanel = useApp((s) => s.setPanel);
  const lang = useApp((s) => s.lang);
  const model = useRequestModel();
  const body = useRef<HTMLDivElement>(null);
  const step = wizard.step;
  useReturnFocus();
  useEffect(() => {
    body.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [step]);
  const index = REQUEST_STEPS.indexOf(step);
  const View = STEP_VIEWS[step];
  const blockingCount = model.doc.machine.findings.filter((f) => f.severity === 'blocking').length;
  useEffect(() => {
    const { map, machine } = model.doc;
    setFieldOverlay({
      boundary: map.boundaryField,
      borders: machine.fields.borders.map((b) => ({
        country: b.country,
        lon: b.lon,
        lat: b.lat,
        valueDbuvPerMPer5MHz: b.maxDbuvPerMPer5MHz,
        heightM: b.heightM,
        limit: b.limitDbuvPerMPer5MHz,
      })),
      labels: { boundaryMax: t('request.fieldLayer'), border: (country) => `${t('request.fieldLayer')} · ${country}` },
    });
  }, [model, t]);
  // Keep the slice plan fresh while the wizard is open (a worker), so the bandwidth check runs as in the CLI.
  const slicePlan = useApp((s) => s.slicePlan);
  const { project, profile } = model;
  useEffect(() => {
    if (project.slices.length === 0 || slicePlan.busy) return;
    if (slicePlan.inputsHash === slicePlanInputsHash(project, profile)) return;
    const timer = setTimeout(calculateSlicePlan, 600);
    return () => clearTimeout(timer);
  }, [project, profile, slicePlan]);
  return (
    <div
      className="wizard"
      role="dialog"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="wizard__header">
        <h2 id={titleId}>{t('request.title')}</h2>
        <span className="muted">
          {t('request.profile')}: {model.profile.name[lang]}
        </span>
        <button type="button" className="link-button" onClick={() => (close(), setPanel('terms', true))}>
          {t('request.changeTerms')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('dialog.close')}
        </button>
      </header>
      <nav className="wizard__steps" aria-label={t('request.steps')}>
        <ol>
          {REQUEST_STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                aria-current={s === step ? 'step' : undefined}
                className={i < index ? 'is-done' : undefined}
                onClick={() => setStep(s)}
              >
                <span className="wizard__num">{i + 1}</span> {t(`request.step.${s}` as MessageKey)}
                {s === 'review' && blockingCount > 0 && (
                  <span className="wizard__count" aria-label={t('request.blockingCount', { count: blockingCount })}>
                    {blockingCount}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="wizard__body" ref={body}>
        <h3 tabIndex={-1}>{t(`request.step.${step}` as MessageKey)}</h3>
        <View model={model} />
        <div className="wizard__nav">
          <button
            type="button"
            className="button"
            disabled={index === 0}
            onClick={() => setStep(REQUEST_STEPS[index - 1] ?? step)}
          >
            {t('request.back')}
          </button>
          {index < REQUEST_STEPS.length - 1 && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setStep(REQUEST_STEPS[index + 1] ?? step)}
            >
              {t('request.next')}
            </button>
          )}
        </div>
      </div>
      {/* Focusable so the preview can be scrolled from the keyboard (axe scrollable-region-focusable). */}
      <div className="wizard__preview" tabIndex={0} role="region" aria-label={t('request.previewPane')}>
        <RequestPreview doc={model.doc} draft={wizard.choice.markDraft || model.blocking} />
      </div>
    </div>
  );
}
