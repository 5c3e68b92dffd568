import { useEffect, useRef, useState, type ReactElement } from 'react';
import { dialogPlatform, unsavedChoicesLeftToRight, type UnsavedChoice } from '../../../core/host/unsaved-changes';
import { continueOpen } from '../../app/commands';
import { saveProject } from '../../app/document-flows';
import { useT } from '../../i18n/use-t';
import type { PendingOpen } from '../../state/app-state';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';

/** The browser's platform, for the button order (userAgentData where the browser has it). */
function browserPlatform(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || navigator.platform || '';
}

/**
 * "Save the changes?" before New / Open / a file from the OS replaces a dirty document (issue 13 item 7):
 * Save, Don't Save and Cancel in the platform's order, Save focused. Save runs the real save and continues
 * only when it succeeded; a cancelled or failed save keeps the document open and unchanged.
 */
export function UnsavedChangesDialog({ then }: { then: PendingOpen }) {
  const t = useT();
  const name = useApp((s) => s.project.meta.name);
  const close = useApp((s) => s.closeDialog);
  const [saving, setSaving] = useState(false);
  const saveRef = useRef<HTMLButtonElement>(null);
  // Runs after the Dialog's own focus effect (children's effects run first), so Save is the default.
  useEffect(() => saveRef.current?.focus(), []);

  const save = async () => {
    setSaving(true);
    const saved = await saveProject(false);
    setSaving(false);
    // On failure saveProject has already replaced this dialog with the error; on cancel the choice stays open.
    if (saved) continueOpen(then);
  };
  const buttons: Record<UnsavedChoice, ReactElement> = {
    save: (
      <button
        key="save"
        ref={saveRef}
        type="button"
        className="button button--primary"
        disabled={saving}
        onClick={() => void save()}
      >
        {saving ? t('unsaved.saving') : t('unsaved.save')}
      </button>
    ),
    discard: (
      <button
        key="discard"
        type="button"
        className="button button--danger"
        disabled={saving}
        onClick={() => continueOpen(then)}
      >
        {t('unsaved.dontSave')}
      </button>
    ),
    cancel: (
      <button key="cancel" type="button" className="button" disabled={saving} onClick={close}>
        {t('unsaved.cancel')}
      </button>
    ),
  };
  return (
    <Dialog
      title={t('unsaved.title')}
      onCancel={saving ? undefined : close}
      actions={<>{unsavedChoicesLeftToRight(dialogPlatform(browserPlatform())).map((choice) => buttons[choice])}</>}
    >
      <p>{t('unsaved.text', { name })}</p>
      <p className="muted">{t('unsaved.detail')}</p>
    </Dialog>
  );
}
