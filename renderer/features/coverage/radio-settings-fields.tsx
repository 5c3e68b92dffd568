import { useId } from 'react';
import { ueNoiseFigureOf } from '../../../core/coverage';
import { useT } from '../../i18n/use-t';
import { setRadioSettings } from '../../state/radio-actions';
import { useApp } from '../../state/store';
import { NumberInput } from './number-input';

/**
 * The project's UE noise figure in the coverage settings: editable (an undoable project edit used by coverage, the
 * link calculator and the slice plan), with its source shown; the built-in default says it is not verified.
 */
export function RadioSettingsFields() {
  const t = useT();
  const sourceId = useId();
  const lang = useApp((s) => s.lang);
  const radio = useApp((s) => s.project.radio);
  const dispatch = useApp((s) => s.dispatch);
  const nf = ueNoiseFigureOf({ radio });
  return (
    <>
      <NumberInput
        label={t('radio.noiseFigure')}
        value={nf.valueDb}
        min={0}
        max={20}
        onCommit={(ueNoiseFigureDb) => dispatch(setRadioSettings, { ueNoiseFigureDb })}
      />
      {!nf.isDefault && (
        <div className="field coverage-field">
          <label htmlFor={sourceId}>{t('radio.noiseFigureSourceLabel')}</label>
          <input
            id={sourceId}
            defaultValue={radio.ueNoiseFigureSource ?? ''}
            maxLength={500}
            onBlur={(e) => {
              const note = e.target.value.trim();
              dispatch(setRadioSettings, { ueNoiseFigureSource: note === '' ? undefined : note });
            }}
          />
        </div>
      )}
      <p className="muted coverage-field--wide radio-source">
        {t('radio.noiseFigureSource', { source: nf.source[lang] })}{' '}
        {!nf.isDefault && (
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch(setRadioSettings, { ueNoiseFigureDb: undefined, ueNoiseFigureSource: undefined })}
          >
            {t('radio.noiseFigureReset')}
          </button>
        )}
      </p>
    </>
  );
}
