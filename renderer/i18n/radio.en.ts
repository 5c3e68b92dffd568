import type { radioDa } from './radio.da';

/** English messages of the radio settings (noise figure) and O2I refusals (merged into en.ts). */
export const radioEn: Record<keyof typeof radioDa, string> = {
  'radio.noiseFigure': 'UE noise figure (dB)',
  'radio.noiseFigureSource': 'Source: {source}',
  'radio.noiseFigureSourceLabel': 'Noise figure source',
  'radio.noiseFigureReset': 'Use default',
  'radio.settingsRefused': 'Coverage cannot be computed with these settings:',
};
