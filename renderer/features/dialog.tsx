import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons; the first one gets focus when the dialog opens. */
  actions: ReactNode;
  onCancel?: () => void;
  tone?: 'normal' | 'error';
  /** 'side' docks the dialog at the right, over the inspector, so the map stays visible (previews). */
  placement?: 'centre' | 'side';
}

/** A modal dialog with a labelled title; Escape runs onCancel. */
export function Dialog({ title, children, actions, onCancel, tone = 'normal', placement = 'centre' }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.dialog__actions button')?.focus();
  }, []);
  return (
    <div className={`dialog-backdrop${placement === 'side' ? ' dialog-backdrop--side' : ''}`}>
      <div
        ref={ref}
        className={`dialog dialog--${tone}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && onCancel) {
            event.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  );
}
