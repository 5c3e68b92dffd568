import { useState } from 'react';
import { termsFieldLabel } from '../../../core/terms/labels';
import { host } from '../../host';
import { useT } from '../../i18n/use-t';
import { addCustomTermsProfile, deleteCustomTermsProfile, setTermsProfile } from '../../state/request-actions';
import { useApp } from '../../state/store';
import { BUNDLED_TERMS, copyId, originalId } from '../../terms/catalog';
import {
  formatOptionalTermsValue,
  formatTermsValue,
  OPTIONAL_SOURCED_KEYS,
  SOURCED_KEYS,
  sourcedState,
  type OptionalSourcedKey,
} from '../../terms/terms-format';
import type { Sourced } from '../../../core/terms/schema';

const isOptionalKey = (key: string): key is OptionalSourcedKey =>
  (OPTIONAL_SOURCED_KEYS as readonly string[]).includes(key);
import { duplicateProfile } from '../../terms/terms-form';
import { useProjectTerms } from '../../terms/use-terms';
import { SelectField } from '../inspector/fields';
import { capitalize, TermsEditor } from './terms-editor';

/** Right panel "Vilkår": choose the project's terms profile, read every sourced value with its source and state, duplicate and edit. */
export function TermsPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const setPanel = useApp((s) => s.setPanel);
  const showToast = useApp((s) => s.showToast);
  const { entries, profile, origin } = useProjectTerms();
  const [editing, setEditing] = useState(false);
  const bundledIds = entries.filter((e) => e.origin === 'bundled').map((e) => e.profile.id);
  const duplicate = () => {
    const id = copyId(
      profile.id,
      entries.map((e) => e.profile.id),
    );
    dispatch(addCustomTermsProfile, { profile: duplicateProfile(profile, id) });
    setEditing(true);
  };
  const openSource = async (url: string) => {
    if (!(await host.openExternal(url))) showToast(t('terms.linkBlocked', { url }));
  };
  const remove = () =>
    dispatch(deleteCustomTermsProfile, { id: profile.id, fallbackId: originalId(profile.id, bundledIds) });
  return (
    <aside className="panel panel--right panel--terms" aria-labelledby="terms-title">
      <div className="panel__title panel__title--row">
        <h2 id="terms-title">{t('terms.title')}</h2>
        <button type="button" className="link-button" onClick={() => setPanel('terms', false)}>
          {t('dialog.close')}
        </button>
      </div>
      <div className="panel__scroll">
        <SelectField
          label={t('terms.profile')}
          value={profile.id}
          options={entries.map((e) => ({
            value: e.profile.id,
            label: `${e.profile.name[lang]}${e.origin === 'custom' ? ` · ${t('terms.custom')}` : ''}`,
          }))}
          onCommit={(id) => (setEditing(false), dispatch(setTermsProfile, { id }))}
        />
        <p className="muted">{profile.description[lang]}</p>
        {BUNDLED_TERMS.length === 0 && <p className="notice notice--error">{t('terms.noneBundled')}</p>}
        <div className="terms-actions">
          <button type="button" className="button" onClick={duplicate}>
            {t('terms.duplicate')}
          </button>
          {origin === 'custom' && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('terms.edit')}
            </button>
          )}
          {origin === 'custom' && (
            <button type="button" className="button button--danger" onClick={remove}>
              {t('terms.delete')}
            </button>
          )}
        </div>
        {editing && origin === 'custom' ? (
          <TermsEditor key={profile.id} profile={profile} onDone={() => setEditing(false)} />
        ) : (
          <div className="terms-fields">
            {[...SOURCED_KEYS, ...OPTIONAL_SOURCED_KEYS.filter((k) => profile[k] !== undefined)].map((key) => {
              const field = profile[key] as Sourced<unknown>;
              const state = sourcedState(field);
              const label = capitalize(termsFieldLabel(key)[lang]);
              return (
                // A labelled group holding its own <dl>: a group directly inside a <dl> is invalid (axe dlitem).
                <div key={key} className="terms-field" role="group" aria-label={label}>
                  <dl>
                    <dt>{label}</dt>
                    <dd>
                      <span className="terms-field__value">
                        {isOptionalKey(key)
                          ? formatOptionalTermsValue(profile, key, lang)
                          : formatTermsValue(profile, key, lang)}
                      </span>{' '}
                      <span className={`badge badge--${state}`}>{t(`terms.${state}`)}</span>
                      <span className="terms-field__source">
                        {t('terms.source')}:{' '}
                        {field.source.url ? (
                          <button
                            type="button"
                            className="link-button"
                            title={field.source.url}
                            onClick={() => void openSource(field.source.url ?? '')}
                          >
                            {field.source.title}
                          </button>
                        ) : (
                          field.source.title
                        )}
                        {field.source.note && <span className="muted"> — {field.source.note}</span>}
                      </span>
                    </dd>
                  </dl>
                </div>
              );
            })}
          </div>
        )}
      </div>
    </aside>
  );
}
