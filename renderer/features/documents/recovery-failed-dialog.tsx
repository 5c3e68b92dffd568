import { formatProblem, type Problem } from '../../../core/project/problem';
import { discardRecovery, saveRecoveryCopyAsFile } from '../../app/document-flows';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';

/**
 * The recovery copy has problems (e.g. written before importers validated their data): they are listed, and the
 * copy stays until the user saves it as a file or discards it; keeping it offers it again at the next start.
 */
export function RecoveryFailedDialog({
  name,
  text,
  problems,
  id,
}: {
  name: string;
  text: string;
  problems: Problem[];
  id?: string;
}) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const close = useApp((s) => s.closeDialog);
  return (
    <Dialog
      title={t('recoveryFailed.title')}
      tone="error"
      onCancel={close}
      actions={
        <>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void saveRecoveryCopyAsFile(name, text)}
          >
            {t('recoveryFailed.saveCopy')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('recoveryFailed.keep')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void discardRecovery(id)}>
            {t('recoveryFailed.discard')}
          </button>
        </>
      }
    >
      <p>{t('recoveryFailed.intro', { name })}</p>
      <ul className="problem-list" aria-label={t('import.errors')}>
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{formatProblem(problem, lang)}</li>
        ))}
        {problems.length > 50 && <li>… +{problems.length - 50}</li>}
      </ul>
    </Dialog>
  );
}
