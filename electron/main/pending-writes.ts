const pending = new Set<Promise<unknown>>();

/** Tracks a background write (window state, recent list) so quitting can wait for it. */
export function trackWrite(write: Promise<unknown>): void {
  const tracked = write.catch((error: unknown) => console.error('[main] background write failed', error));
  pending.add(tracked);
  void tracked.finally(() => pending.delete(tracked));
}

/** Resolves when every tracked write has settled. */
export async function flushPendingWrites(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
