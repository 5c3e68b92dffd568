import type { Finding } from '../../../core/terms/checks';
import { formatNumber } from '../../../core/geo/format';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { UnverifiedBadge } from './badges';
import { humanizeDates } from './request-format';
import type { RequestModel } from './use-request-model';

const ICONS: Record<Finding['severity'], string> = { blocking: '✖', warning: '⚠', info: 'ℹ' };

/** The compliance findings, blocking first, each with severity, fix hint and verified state. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  if (findings.length === 0) return <p>{t('request.noFindings')}</p>;
  return (
    <ul className="findings" aria-label={t('request.findings')}>
      {findings.map((f) => (
        <li key={f.id} className={`finding finding--${f.severity}`}>
          <span className="finding__severity">
            <span aria-hidden="true">{ICONS[f.severity]}</span> {t(`severity.${f.severity}` as MessageKey)}
          </span>
          <span className="finding__text">
            {humanizeDates(f.message[lang], lang)}
            {f.hint && <span className="finding__hint"> {f.hint[lang]}</span>}
          </span>
          {!f.verified && <UnverifiedBadge />}
        </li>
      ))}
    </ul>
  );
}

/** The findings of one step (ids starting with one of `prefixes`), shown where the planner can fix them. */
export function StepFindings({ model, prefixes }: { model: RequestModel; prefixes: string[] }) {
  const findings = model.doc.machine.findings.filter(
    (f) => f.severity !== 'info' && prefixes.some((p) => f.id.startsWith(p)),
  );
  return findings.length > 0 ? <FindingsList findings={findings} /> : null;
}

/** Step 6: every finding and the fee estimate (with its formula) or "price not published". */
export function StepReview({ model }: { model: RequestModel }) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { findings, fee } = model.doc.machine;
  const blockingCount = findings.filter((f) => f.severity === 'blocking').length;
  // The wizard re-plans the slices after an edit (e.g. the cells lined up); until then their check is pending.
  const planning = model.slicesPending;
  return (
    <>
      <p className={`notice notice--${blockingCount > 0 ? 'error' : 'ok'}`} role="status">
        {blockingCount > 0 ? t('request.blockingCount', { count: blockingCount }) : t('request.noBlocking')}
      </p>
      {planning && (
        <p className="muted busy" role="status">
          <span className="spinner" aria-hidden="true" /> {t('slices.calculating')}
        </p>
      )}
      <FindingsList findings={findings} />
      <h4>{t('request.fee')}</h4>
      {fee ? (
        <>
          <p>
            <strong>
              {formatNumber(fee.amount, lang, 2)} {fee.currency}
            </strong>{' '}
            {!model.profile.fee.verified && <UnverifiedBadge />}
          </p>
          <p className="muted formula">{fee.formula}</p>
        </>
      ) : (
        <p>
          {t('request.feeNotPublished')} <UnverifiedBadge published={false} />
        </p>
      )}
    </>
  );
}
