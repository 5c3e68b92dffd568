import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useApp } from '../../state/store';
import { Dialog } from '../dialog';
import { filterLicences, loadLicenceInventory, type LicenceInventory } from './licence-inventory';

type Loaded = { inventory: LicenceInventory } | { error: string } | null;

/** Help → About: what the app is, the map and place-name attributions and every third-party package's licence. */
export function AboutDialog() {
  const t = useT();
  const close = useApp((s) => s.closeDialog);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [query, setQuery] = useState('');
  const filterId = useId();
  useEffect(() => {
    let live = true;
    loadLicenceInventory().then(
      (inventory) => live && setLoaded({ inventory }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <Dialog
      title={t('about.title')}
      onCancel={close}
      actions={
        <button type="button" className="button button--primary" onClick={close}>
          {t('dialog.close')}
        </button>
      }
    >
      <p>{t('about.text')}</p>
      <p className="muted">
        {t('about.basemap')} {t('about.places')}
      </p>
      <h3 className="about__heading">{t('about.licences.title')}</h3>
      {!loaded && <p role="status">{t('about.licences.loading')}</p>}
      {loaded && 'error' in loaded && <p role="alert">{t('about.licences.failed', { reason: loaded.error })}</p>}
      {loaded && 'inventory' in loaded && (
        <LicenceList inventory={loaded.inventory} query={query} setQuery={setQuery} filterId={filterId} />
      )}
    </Dialog>
  );
}

interface ListProps {
  inventory: LicenceInventory;
  query: string;
  setQuery: (query: string) => void;
  filterId: string;
}

function LicenceList({ inventory, query, setQuery, filterId }: ListProps) {
  const t = useT();
  const count = inventory.packages.length;
  const shown = filterLicences(inventory.packages, query);
  return (
    <>
      <p className="muted">{t('about.licences.intro', { count, tool: inventory.tool })}</p>
      <p className="muted">{t('about.licences.electron')}</p>
      <div className="about__filter">
        <label htmlFor={filterId}>{t('about.licences.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={query}
          placeholder={t('about.licences.filterPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted" aria-live="polite">
          {t('about.licences.shown', { shown: shown.length, count })}
        </span>
      </div>
      <div className="about__licences" tabIndex={0} role="region" aria-label={t('about.licences.list')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('about.licences.package')}</th>
              <th scope="col">{t('about.licences.version')}</th>
              <th scope="col">{t('about.licences.licence')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={`${p.name}@${p.version}`}>
                <th scope="row">
                  {p.name}
                  {p.ships !== 'code' && <span className="muted"> ({t(`about.licences.ships.${p.ships}`)})</span>}
                </th>
                <td>{p.version}</td>
                <td>
                  {p.licence}
                  {p.note && <div className="about__note muted">{p.note}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
