import type { drawDa } from './draw.da';

/** English messages of the drawing tools' typed points (merged into en.ts). */
export const drawEn: Record<keyof typeof drawDa, string> = {
  'draw.point': 'Point (coordinate)',
  'draw.sitePosition': 'Site position',
  'draw.pointHelp': 'Type a point and press Enter; separate several points with semicolons. Empty + Enter finishes.',
  'draw.sitePositionHelp': 'Type the position and press Enter, e.g. 54.9395, 10.7140 or E 609408 N 6089412.',
  'draw.addPoint': 'Add point',
  'draw.placeSite': 'Place site',
  'draw.removeLast': 'Remove last point',
  'draw.finish': 'Finish',
  'draw.cancel': 'Cancel',
  'draw.badPoint': 'Point {index}: {message}',
};
