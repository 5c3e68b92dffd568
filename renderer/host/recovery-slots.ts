import type { RecoveryEntry } from '../../core/host/host-api';
import { idbAll, idbDelete, idbGet, idbSet } from './idb';

/**
 * Recovery copies of the browser build, one slot per tab and document in IndexedDB (D3: all tabs shared one
 * slot, so one tab deleted another's autosave). A tab holds a Web Lock named after its id for as long as it
 * lives; a copy whose tab still holds its lock is never offered to, or removed by, another tab.
 */

interface StoredCopy extends RecoveryEntry {
  id: string;
  tabId: string;
}

const TAB_ID_KEY = 'frekvensplan.tabId';
const LOCK_PREFIX = 'frekvensplan-tab-';

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

const locks = (): LockManagerLike | null => (navigator as Navigator & { locks?: LockManagerLike }).locks ?? null;

function newId(): string {
  return crypto.randomUUID();
}

/** Takes the tab's lock for the rest of its life; false when another live tab holds it (a duplicated tab). */
function holdLock(id: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return Promise.resolve(true);
  return new Promise((resolve) => {
    void manager.request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until the tab closes or crashes.
      return lock === null ? Promise.resolve() : new Promise<void>(() => undefined);
    });
  });
}

let tab: Promise<string> | null = null;

/** This tab's id: kept in sessionStorage across reloads; a fresh one when a duplicated tab already uses it. */
export function tabId(): Promise<string> {
  tab ??= (async () => {
    let id: string | null = null;
    try {
      id = sessionStorage.getItem(TAB_ID_KEY);
    } catch {
      // Storage unavailable: the id lasts for this page.
    }
    if (!id || !(await holdLock(id))) {
      id = newId();
      await holdLock(id);
    }
    try {
      sessionStorage.setItem(TAB_ID_KEY, id);
    } catch {
      // As above.
    }
    return id;
  })();
  return tab;
}

/** Ids of tabs that are open right now (they hold their lock), or null when the browser cannot tell. */
async function liveTabs(): Promise<Set<string> | null> {
  const manager = locks();
  if (!manager) return null;
  const { held = [] } = await manager.query();
  return new Set(held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])));
}

/** Where versions before per-tab slots kept the one shared copy; offered like a copy of a closed tab. */
const LEGACY_KEY = 'current';

const documentKey = (entry: Pick<RecoveryEntry, 'handleId' | 'name'>) => entry.handleId ?? `name:${entry.name}`;

/** Writes this tab's copy of its document; removes its copies of other documents and, once written, `replacesId`. */
export async function writeRecoverySlot(
  entry: Omit<RecoveryEntry, 'savedAt' | 'id'>,
  replacesId?: string,
): Promise<void> {
  const me = await tabId();
  const id = `${me}|${documentKey(entry)}`;
  const stored: StoredCopy = { ...entry, savedAt: new Date().toISOString(), id, tabId: me };
  await idbSet('recovery', id, stored);
  for (const other of await idbAll<StoredCopy>('recovery'))
    if (other.id !== id && (other.tabId === me || other.id === replacesId)) await idbDelete('recovery', other.id);
  if (replacesId === LEGACY_KEY) await idbDelete('recovery', LEGACY_KEY);
}

/** The copy to offer: this tab's own (a reload), else the newest one left by a tab that is gone; null when none. */
export async function readRecoverySlot(): Promise<RecoveryEntry | null> {
  const me = await tabId();
  const live = await liveTabs();
  const copies = (await idbAll<StoredCopy>('recovery')).filter((c) => typeof c?.id === 'string');
  const legacy = await idbGet<RecoveryEntry>('recovery', LEGACY_KEY);
  if (legacy && typeof legacy.text === 'string') copies.push({ ...legacy, id: LEGACY_KEY, tabId: LEGACY_KEY });
  const offerable = copies.filter((c) => c.tabId === me || (live !== null && !live.has(c.tabId)));
  const own = offerable.filter((c) => c.tabId === me);
  const pick = (own.length > 0 ? own : offerable).sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
  if (!pick) return null;
  const { savedAt, name, handleId, text, id } = pick;
  return { savedAt, name, handleId, text, id };
}

/** Removes this tab's copies, or with `id` the offered copy the user discarded (never a live tab's copy). */
export async function clearRecoverySlot(id?: string): Promise<void> {
  const me = await tabId();
  const live = id === undefined ? null : await liveTabs();
  for (const copy of await idbAll<StoredCopy>('recovery')) {
    const mine = copy.tabId === me;
    const discarded = id !== undefined && copy.id === id && (mine || (live !== null && !live.has(copy.tabId)));
    if ((id === undefined && mine) || discarded) await idbDelete('recovery', copy.id);
  }
  if (id === LEGACY_KEY) await idbDelete('recovery', LEGACY_KEY);
}
