import { useState } from 'react';
import { termsFieldLabel } from '../../../core/terms/labels';
import type { TermsProfile } from '../../../core/terms/schema';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { saveCustomTermsProfile } from '../../state/request-actions';
import { useApp } from '../../state/store';
import { formToProfile, profileToForm, type FormGroup } from '../../terms/terms-form';

/** Edits a custom profile's key values, each with a source text and a verified flag; validated before it is saved. */
export function TermsEditor({ profile, onDone }: { profile: TermsProfile; onDone: () => void }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const dispatch = useApp((s) => s.dispatch);
  const [groups, setGroups] = useState<FormGroup[]>(() => profileToForm(profile, lang));
  const [problems, setProblems] = useState<string[]>([]);
  const update = (index: number, change: Partial<FormGroup>) =>
    setGroups((gs) => gs.map((g, i) => (i === index ? { ...g, ...change } : g)));
  const setInput = (index: number, part: string, text: string) =>
    setGroups((gs) =>
      gs.map((g, i) =>
        i === index ? { ...g, inputs: g.inputs.map((inp) => (inp.part === part ? { ...inp, text } : inp)) } : g,
      ),
    );
  const save = () => {
    const result = formToProfile(profile, groups);
    if (!result.ok) {
      // Name the field as the form labels it (never the profile id or the schema path).
      setProblems(
        result.problems.map((p) => {
          const field = capitalize(termsFieldLabel(p.path.split('.')[0] ?? '')[lang]);
          return `${field}: ${p.message[lang]}${p.hint ? ` ${p.hint[lang]}` : ''}`;
        }),
      );
      return;
    }
    setProblems([]);
    dispatch(saveCustomTermsProfile, { profile: result.value });
    onDone();
  };
  return (
    <form
      className="terms-editor"
      aria-label={t('terms.editTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="muted">{t('terms.editHelp')}</p>
      {groups.map((group, index) => (
        <fieldset key={group.key} className="terms-editor__group">
          <legend>{capitalize(termsFieldLabel(group.key)[lang])}</legend>
          {group.inputs.length === 0 && <p className="muted">{t('terms.feeNotEditable')}</p>}
          <div className="field-row">
            {group.inputs.map((input) => {
              const id = `te-${group.key}-${input.part}`;
              return (
                <div className="field" key={input.part}>
                  <label htmlFor={id}>
                    {t(partLabel(input.part))}
                    {input.part === 'value' && ` (${UNITS[group.key] ?? ''})`}
                  </label>
                  <input
                    id={id}
                    value={input.text}
                    inputMode={input.kind === 'number' ? 'decimal' : undefined}
                    placeholder={input.kind === 'date' ? t('request.datePlaceholder') : t('terms.emptyIsUnpublished')}
                    onChange={(e) => setInput(index, input.part, e.target.value)}
                  />
                </div>
              );
            })}
          </div>
          <div className="field">
            <label htmlFor={`te-${group.key}-source`}>{t('terms.source')}</label>
            <input
              id={`te-${group.key}-source`}
              value={group.source}
              onChange={(e) => update(index, { source: e.target.value })}
            />
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={group.verified}
              onChange={(e) => update(index, { verified: e.target.checked })}
            />
            {t('terms.verifiedCheck')}
          </label>
        </fieldset>
      ))}
      {problems.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{t('terms.invalid')}</p>
          <ul className="problem-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="terms-actions">
        <button type="submit" className="button button--primary">
          {t('terms.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Upper-cases the first letter (field labels are lower-case mid-sentence forms). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const UNITS: Partial<Record<FormGroup['key'], string>> = {
  blockRasterMHz: 'MHz',
  minBandwidthMHz: 'MHz',
  maxBandwidthMHz: 'MHz',
  nonAasEirpDbmPer5MHz: 'dBm/5 MHz',
  aasTrpDbmPer5MHz: 'dBm/5 MHz',
};

const PART_LABELS: Record<string, MessageKey> = {
  fromMHz: 'terms.part.fromMHz',
  toMHz: 'terms.part.toMHz',
  from: 'terms.part.from',
  to: 'terms.part.to',
  value: 'terms.part.value',
  baseAmount: 'terms.part.baseAmount',
  rate: 'terms.part.rate',
  settlementWeight: 'terms.part.settlementWeight',
  otherWeight: 'terms.part.otherWeight',
  amountPerBlockYear: 'terms.part.amountPerBlockYear',
  blockMHz: 'terms.part.blockMHz',
};

function partLabel(part: string): MessageKey {
  return PART_LABELS[part] ?? 'terms.part.value';
}
