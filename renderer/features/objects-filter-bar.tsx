import { siteKindSchema, areaKindSchema } from '../../core/project/schema';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/use-t';
import type { ObjectFilter } from './objects-filter';

interface FilterBarProps {
  search: string;
  onSearch(search: string): void;
  filter: ObjectFilter;
  onFilter(filter: ObjectFilter): void;
}

/** The objects panel's name search and its filter by collection and kind (labels in the UI language). */
export function ObjectsFilterBar({ search, onSearch, filter, onFilter }: FilterBarProps) {
  const t = useT();
  return (
    <div className="objects-filter" role="search">
      <label className="objects-filter__field objects-filter__field--search">
        <span className="visually-hidden">{t('objects.search')}</span>
        <input
          type="search"
          value={search}
          placeholder={t('objects.searchPlaceholder')}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && search !== '') {
              e.stopPropagation();
              onSearch('');
            }
          }}
        />
      </label>
      <label className="objects-filter__field">
        <span className="visually-hidden">{t('objects.filter')}</span>
        <select value={filter} onChange={(e) => onFilter(e.target.value as ObjectFilter)}>
          <option value="all">{t('objects.filter.all')}</option>
          <option value="sites">{t('objects.filter.sites')}</option>
          <optgroup label={t('objects.filter.siteKinds')}>
            {siteKindSchema.options.map((kind) => (
              <option key={kind} value={`site:${kind}`}>
                {t(`siteKind.${kind}` as MessageKey)}
              </option>
            ))}
          </optgroup>
          <option value="areas">{t('objects.filter.areas')}</option>
          <optgroup label={t('objects.filter.areaKinds')}>
            {areaKindSchema.options.map((kind) => (
              <option key={kind} value={`area:${kind}`}>
                {t(`areaKind.${kind}` as MessageKey)}
              </option>
            ))}
          </optgroup>
          <option value="corridors">{t('objects.filter.corridors')}</option>
        </select>
      </label>
    </div>
  );
}
