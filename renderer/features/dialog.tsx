import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

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

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** The focusable elements inside `root`, in tab order (visible ones only). */
export function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[hidden]'),
  );
}

/** The control that opened the current chain of dialogs (an error dialog replacing the export dialog keeps it). */
let chainOpener: HTMLElement | null = null;

/**
 * Remembers the control that had focus when a dialog or view opened and gives focus back to it when it closes, if
 * focus was lost with the dialog (nothing else took it) and no other modal dialog replaced it.
 */
export function useReturnFocus(): void {
  // Layout effect: runs before the dialog's own effect moves focus into it.
  useLayoutEffect(() => {
    const active = document.activeElement;
    const fromDialog = active instanceof Element && active.closest('[role="dialog"]') !== null;
    const opener = !fromDialog && active instanceof HTMLElement && active !== document.body ? active : chainOpener;
    chainOpener = opener;
    return () => {
      // After React has removed the dialog: the next dialog (if any) has mounted by then.
      setTimeout(() => {
        if (document.querySelector('[aria-modal="true"]')) return;
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
        if (chainOpener === opener) chainOpener = null;
      }, 0);
    };
  }, []);
}

/** Keeps Tab and Shift+Tab inside `root` (a modal dialog's focus trap). */
export function trapTab(event: KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || !root) return;
  const list = focusables(root);
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !root.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !root.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog with a labelled title: focus moves to its first action, Tab stays inside it, Escape runs
 * onCancel, and focus returns to where it was when the dialog closes.
 */
export function Dialog({ title, children, actions, onCancel, tone = 'normal', placement = 'centre' }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useReturnFocus();
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
          trapTab(event, ref.current);
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
