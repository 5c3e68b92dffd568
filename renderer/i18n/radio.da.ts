/** Danish messages of the radio settings (noise figure) and O2I refusals (merged into da.ts). */
export const radioDa = {
  'radio.noiseFigure': 'Støjtal, UE (dB)',
  'radio.noiseFigureSource': 'Kilde: {source}',
  'radio.noiseFigureSourceLabel': 'Kilde til støjtal',
  'radio.noiseFigureReset': 'Brug standard',
  'radio.settingsRefused': 'Dækningen kan ikke beregnes med disse indstillinger:',
};
