import { useId } from 'react';
import { exportRequest } from '../../app/request-export';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import type { RequestExportChoice } from '../../state/app-state';
import { useApp } from '../../state/store';
import { SelectField } from '../inspector/fields';
import { documentLanguage, documentOf } from '../../../core/terms/document';
import { DraftDate, useDraftEdit } from './draft-fields';
import type { RequestModel } from './use-request-model';

const FORMATS: RequestExportChoice['format'][] = ['pdf', 'docx', 'json', 'geojson', 'checklist'];

/** Step 7: format, document language, request date and the draft mark; Export is refused while blocking findings remain unmarked. */
export function StepExport({ model }: { model: RequestModel }) {
  const t = useT();
  const edit = useDraftEdit();
  const reasonId = useId();
  const wizard = useApp((s) => s.requestWizard);
  const setChoice = useApp((s) => s.setRequestChoice);
  if (!wizard) return null;
  const { choice, busy } = wizard;
  const refused = model.blocking && !choice.markDraft && choice.format !== 'checklist';
  const languages = documentOf(model.profile).languages;
  const docLang = documentLanguage(model.profile, choice.lang);
  return (
    <>
      <fieldset className="radio-group">
        <legend>{t('request.format')}</legend>
        {FORMATS.map((format) => (
          <label key={format} className="checkbox">
            <input
              type="radio"
              name="request-format"
              checked={choice.format === format}
              onChange={() => setChoice({ format })}
            />
            {t(`request.format.${format}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('request.docLang')}
        value={docLang}
        options={languages.map((lang) => ({ value: lang, label: t(`request.docLang.${lang}` as MessageKey) }))}
        onCommit={(lang) => setChoice({ lang })}
      />
      <DraftDate
        label={t('request.requestDate')}
        value={model.project.request.requestDate}
        defaultIso={model.today}
        onValue={(requestDate) => edit({ requestDate }, 'requestDate')}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={choice.markDraft}
          onChange={(e) => setChoice({ markDraft: e.target.checked })}
        />
        {t('request.markDraft')}
      </label>
      {refused && (
        <p id={reasonId} className="notice notice--error">
          {t('request.exportRefused')}
        </p>
      )}
      <div className="wizard__export">
        <button
          type="button"
          className="button button--primary"
          disabled={refused || busy}
          aria-describedby={refused ? reasonId : undefined}
          onClick={() => void exportRequest()}
        >
          {t('request.export')}
        </button>
        {busy && (
          <span role="status" className="busy">
            <span className="spinner" aria-hidden="true" />{' '}
            {t('request.generating', { format: choice.format.toUpperCase() })}
          </span>
        )}
      </div>
    </>
  );
}
