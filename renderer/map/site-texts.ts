import { formatNumber } from '../../core/geo/format';
import type { Lang } from '../../core/i18n/localized';
import { translator } from '../i18n';
import type { SitesLayerTexts } from './sites-layer';

const cache = new Map<Lang, SitesLayerTexts>();

/** The sites layer's texts in a language (one object per language, so the layer can compare by identity). */
export function siteTexts(lang: Lang): SitesLayerTexts {
  let texts = cache.get(lang);
  if (!texts) {
    const t = translator(lang);
    texts = {
      group: t('mapSites.group'),
      moveHint: t('mapSites.moveHint'),
      tooMany: (count) => t('mapSites.tooMany', { count: formatNumber(count, lang) }),
      cluster: (count) => t('mapSites.clusterName', { count: formatNumber(count, lang) }),
      clusterCount: (count) => formatNumber(count, lang),
      clusterTooltip: (count) => t('mapSites.cluster', { count: formatNumber(count, lang) }),
    };
    cache.set(lang, texts);
  }
  return texts;
}
