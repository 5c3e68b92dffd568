import { useEffect, useState } from 'react';
import { useApp } from '../state/store';

const TOAST_MS = 5000;

/** Short confirmation messages (saved, opened, migrated) announced politely to screen readers. */
export function Toast() {
  const toast = useApp((s) => s.toast);
  const [hiddenId, setHiddenId] = useState<number | null>(null);
  useEffect(() => {
    if (!toast) return undefined;
    const timer = window.setTimeout(() => setHiddenId(toast.id), TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);
  const visible = toast && toast.id !== hiddenId;
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {visible && <div className="toast">{toast.text}</div>}
    </div>
  );
}
