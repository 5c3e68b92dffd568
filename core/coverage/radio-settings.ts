import { lt, type LocalizedText } from '../i18n/localized';
import type { Project } from '../project/schema';
import { UE_NOISE_FIGURE } from '../radio';

/** The noise figure a run uses, where it comes from, and whether that is the built-in default. */
export interface NoiseFigureSetting {
  valueDb: number;
  source: LocalizedText;
  /** True for the built-in default (not verified against a TR), false when the project sets it. */
  isDefault: boolean;
}

/** The project's UE noise figure in dB with its source, or the built-in default (UE_NOISE_FIGURE) with its own. */
export function ueNoiseFigureOf(project: { radio?: Project['radio'] }): NoiseFigureSetting {
  const radio = project.radio ?? {};
  if (radio.ueNoiseFigureDb === undefined)
    return {
      valueDb: UE_NOISE_FIGURE.value,
      source: lt(
        'standard: typisk UE-støjtal i 3GPP-evalueringsantagelser (7–9 dB), ikke verificeret mod en TR',
        'default: typical UE noise figure of 3GPP evaluation assumptions (7–9 dB), not verified against a TR',
      ),
      isDefault: true,
    };
  const note = radio.ueNoiseFigureSource?.trim();
  return {
    valueDb: radio.ueNoiseFigureDb,
    source: note
      ? lt(`angivet i projektet: ${note}`, `set in the project: ${note}`)
      : lt('angivet i projektet', 'set in the project'),
    isDefault: false,
  };
}
