import { useT } from '../../i18n/use-t';

/** The "ikke verificeret" / "unverified" badge (or "ikke offentliggjort" when the value is missing). */
export function UnverifiedBadge({ published = true }: { published?: boolean }) {
  const t = useT();
  return (
    <span className={`badge ${published ? 'badge--unverified' : 'badge--unpublished'}`}>
      {published ? t('terms.unverified') : t('terms.unpublished')}
    </span>
  );
}

/** Badge for a sourced value: nothing when verified. */
export function SourcedBadge({ verified, published }: { verified: boolean; published: boolean }) {
  if (verified && published) return null;
  return <UnverifiedBadge published={published} />;
}
