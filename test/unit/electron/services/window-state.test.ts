import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  saveWindowState,
  validateWindowState,
} from '../../../../electron/services/window-state';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('validateWindowState', () => {
  it('keeps a position on a display', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, isMaximized: false };
    expect(validateWindowState(state, [laptop])).toEqual(state);
    expect(validateWindowState({ ...state, x: 2000 }, [laptop, rightMonitor])).toEqual({ ...state, x: 2000 });
  });

  it('drops a position on a display that is gone, keeping the size', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 800, isMaximized: true };
    expect(validateWindowState(state, [laptop])).toEqual({ width: 1200, height: 800, isMaximized: true });
  });

  it('drops a position whose title bar is off-screen', () => {
    expect(validateWindowState({ x: 100, y: -500, width: 1000, height: 700, isMaximized: false }, [laptop])).toEqual({
      width: 1000,
      height: 700,
      isMaximized: false,
    });
  });

  it('shrinks a window larger than the largest display', () => {
    expect(validateWindowState({ width: 5000, height: 3000, isMaximized: false }, [laptop])).toEqual({
      width: 1920,
      height: 1080,
      isMaximized: false,
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'big'],
    ['a tiny window', { width: 10, height: 10, isMaximized: false }],
    ['NaN', { width: Number.NaN, height: 800, isMaximized: false }],
    ['a missing flag', { width: 1000, height: 800 }],
  ])('falls back to the defaults for %s', (_label, raw) => {
    expect(validateWindowState(raw, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('window state file', () => {
  it('round-trips and falls back on corrupt JSON', async () => {
    const file = join(await tempDir(), 'window-state.json');
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    await saveWindowState(file, { x: 10.4, y: 20.6, width: 1000, height: 700, isMaximized: false });
    expect(await loadWindowState(file, [laptop])).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
    await writeFile(file, '{"x":');
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
