import { lt, type LocalizedText } from '../i18n/localized';
import type { RadioCell } from './cells';

/** Vertical beamwidth in degrees from which a sector antenna is taken to be a single element, not a panel. */
export const WIDE_VERTICAL_BEAM_DEG = 45;

/**
 * Warns when sector cells use a vertical beamwidth of 45° or more (e.g. 65°, the single TR 38.901 element that
 * older projects stored as their default): downtilt then barely changes the coverage, unlike a 7–10° macro panel.
 */
export function wideVerticalBeamWarnings(cells: readonly RadioCell[]): LocalizedText[] {
  const wide = cells.filter((c) => c.azimuthDeg !== null && c.pattern.verticalBeamwidthDeg >= WIDE_VERTICAL_BEAM_DEG);
  if (wide.length === 0) return [];
  const names = wide
    .slice(0, 3)
    .map((c) => c.id)
    .join(', ');
  const more = wide.length > 3 ? ` (+${wide.length - 3})` : '';
  return [
    lt(
      `${wide.length} sektorcelle(r) har en lodret strålebredde på ${WIDE_VERTICAL_BEAM_DEG}° eller mere (${names}${more}), ` +
        'som ét antenneelement; nedtilt har da næsten ingen virkning. Makropaneler har 7–10° (standard nu 10°).',
      `${wide.length} sector cell(s) have a vertical beamwidth of ${WIDE_VERTICAL_BEAM_DEG}° or more (${names}${more}), ` +
        'like a single antenna element; downtilt then has almost no effect. Macro panels have 7–10° (now 10° by default).',
    ),
  ];
}
