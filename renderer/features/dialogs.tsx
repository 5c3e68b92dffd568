import { formatProblem } from '../../core/project/problem';
import { formatDate } from '../../core/geo/format';
import { discardRecovery, restoreRecovery } from '../app/document-flows';
import { useT } from '../i18n/use-t';
import { useApp } from '../state/store';
import { AboutDialog } from './about/about-dialog';
import { Dialog } from './dialog';
import { RecoveryFailedDialog } from './documents/recovery-failed-dialog';
import { UnsavedChangesDialog } from './documents/unsaved-changes-dialog';
import { ExportDialog } from './import-export/export-dialog';
import { ImportDialog } from './import-export/import-dialog';
import { ShortcutsSheet } from './shortcuts-sheet';
import { TokenDialog } from './token-dialog';

function formatTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function localDate(iso: string, lang: 'da' | 'en'): string {
  const d = new Date(iso);
  // formatDate reads UTC fields; shift so it shows the local calendar date.
  return formatDate(new Date(d.getTime() - d.getTimezoneOffset() * 60_000), lang);
}

/** Renders whichever modal dialog the store holds. */
export function Dialogs() {
  const t = useT();
  const dialog = useApp((s) => s.dialog);
  const lang = useApp((s) => s.lang);
  const close = useApp((s) => s.closeDialog);
  if (!dialog) return null;
  const closeButton = (
    <button type="button" className="button button--primary" onClick={close}>
      {t('dialog.close')}
    </button>
  );

  switch (dialog.kind) {
    case 'problems':
      return (
        <Dialog title={t('problems.title')} actions={closeButton} onCancel={close} tone="error">
          <p>{t('problems.intro', { file: dialog.file })}</p>
          <ul className="problem-list">
            {dialog.problems.map((problem, index) => (
              <li key={index}>{formatProblem(problem, lang)}</li>
            ))}
          </ul>
        </Dialog>
      );
    case 'recovery': {
      const { name, handleId, text, savedAt, id } = dialog;
      return (
        <Dialog
          title={t('recovery.title')}
          actions={
            <>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void restoreRecovery(name, handleId, text, id)}
              >
                {t('recovery.restore')}
              </button>
              <button type="button" className="button" onClick={() => void discardRecovery(id)}>
                {t('recovery.discard')}
              </button>
            </>
          }
        >
          <p>{t('recovery.question', { date: localDate(savedAt, lang), time: formatTime(savedAt) })}</p>
          <p className="muted">{name}</p>
        </Dialog>
      );
    }
    case 'confirmDiscard':
      return <UnsavedChangesDialog then={dialog.then} />;
    case 'recoveryFailed':
      return <RecoveryFailedDialog {...dialog} />;
    case 'import':
      return <ImportDialog dialog={dialog} />;
    case 'export':
      return <ExportDialog busy={dialog.busy} phase={dialog.phase} />;
    case 'about':
      return <AboutDialog />;
    case 'token':
      return <TokenDialog />;
    case 'shortcuts':
      return <ShortcutsSheet />;
    case 'error':
      return (
        <Dialog title={dialog.title ?? t('error.title')} actions={closeButton} onCancel={close} tone="error">
          <p>{dialog.message}</p>
          {dialog.details && (
            <details>
              <summary>{t('error.details')}</summary>
              <pre className="error-details">{dialog.details}</pre>
            </details>
          )}
        </Dialog>
      );
  }
}
