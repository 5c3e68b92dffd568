import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';
import { LOCAL_KEYS } from '../state/app-state';
import { useApp } from '../state/store';
import { Dialog } from './dialog';

function remember(token: string | null): void {
  try {
    if (token) localStorage.setItem(LOCAL_KEYS.dataforsyningenToken, token);
    else localStorage.removeItem(LOCAL_KEYS.dataforsyningenToken);
  } catch {
    // No storage: the token lasts for this session only.
  }
}

/** Asks for the Dataforsyningen token (session only, or remembered in localStorage; never in the project). */
export function TokenDialog() {
  const t = useT();
  const current = useApp((s) => s.dataforsyningenToken);
  const setToken = useApp((s) => s.setToken);
  const setBasemap = useApp((s) => s.setBasemap);
  const close = useApp((s) => s.closeDialog);
  const [value, setValue] = useState(current ?? '');
  const [keep, setKeep] = useState(() => localStorage.getItem(LOCAL_KEYS.dataforsyningenToken) !== null);
  const inputId = useId();

  const apply = () => {
    const token = value.trim() || null;
    setToken(token);
    remember(keep ? token : null);
    if (token) setBasemap('skaermkort');
    close();
  };
  const clear = () => {
    setToken(null);
    remember(null);
    close();
  };

  return (
    <Dialog
      title={t('token.title')}
      onCancel={close}
      actions={
        <>
          <button type="button" className="button button--primary" onClick={apply}>
            {t('token.save')}
          </button>
          {current && (
            <button type="button" className="button" onClick={clear}>
              {t('token.clear')}
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
        </>
      }
    >
      <p>{t('token.text')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('token.label')}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
        {t('token.remember')}
      </label>
    </Dialog>
  );
}
