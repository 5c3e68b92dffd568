import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';

import { writeFileAtomic } from '../../node/atomic-file';
import { readJsonFile } from '../../node/json-file';

/** A rectangle in screen pixels (DIP). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Remembered main-window geometry; x/y absent means "let the OS centre it". */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

/** Size of a first window, in pixels. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, isMaximized: false };
/** Smallest usable window, in pixels. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
/** How much of the title bar must lie on a display for a stored position to count as visible, in pixels. */
const MIN_VISIBLE = { width: 120, height: 40 };

const storedSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  isMaximized: z.boolean(),
});

/**
 * Validates stored geometry against the current displays' work areas: invalid data gives the
 * defaults; a position that is off every display is dropped (size kept, clamped to the largest display).
 */
export function validateWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const state = parsed.data;
  const largest = workAreas.reduce<Rect | undefined>(
    (best, a) => (!best || a.width * a.height > best.width * best.height ? a : best),
    undefined,
  );
  const width = largest ? Math.min(state.width, Math.max(largest.width, MIN_WINDOW_SIZE.width)) : state.width;
  const height = largest ? Math.min(state.height, Math.max(largest.height, MIN_WINDOW_SIZE.height)) : state.height;
  if (state.x === undefined || state.y === undefined) return { width, height, isMaximized: state.isMaximized };
  const titleBar: Rect = { x: state.x, y: state.y, width, height: MIN_VISIBLE.height };
  const visible = workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return overlap.width >= Math.min(MIN_VISIBLE.width, width) && overlap.height >= MIN_VISIBLE.height;
  });
  return visible
    ? { x: state.x, y: state.y, width, height, isMaximized: state.isMaximized }
    : { width, height, isMaximized: state.isMaximized };
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** Loads and validates the stored window state; defaults when absent, corrupt or off-screen. */
export async function loadWindowState(filePath: string, workAreas: readonly Rect[]): Promise<WindowState> {
  const read = await readJsonFile(filePath).catch(() => ({ kind: 'corrupt' as const }));
  return validateWindowState(read.kind === 'ok' ? read.value : undefined, workAreas);
}

/** Stores the window state atomically. */
export async function saveWindowState(filePath: string, state: WindowState): Promise<void> {
  await fsp.mkdir(path.dirname(filePath), { recursive: true });
  const rounded = {
    ...(state.x !== undefined && state.y !== undefined ? { x: Math.round(state.x), y: Math.round(state.y) } : {}),
    width: Math.round(state.width),
    height: Math.round(state.height),
    isMaximized: state.isMaximized,
  };
  await writeFileAtomic(filePath, JSON.stringify(rounded), { keepBackup: false });
}
