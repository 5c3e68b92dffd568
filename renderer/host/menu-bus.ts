import type { MenuCommand } from '../../core/host/host-api';

type Listener = (command: MenuCommand, recentHandleId?: string) => void;

const listeners = new Set<Listener>();

/** Sends a command from the in-app menu bar or a keyboard shortcut (browser build). */
export function emitMenuCommand(command: MenuCommand, recentHandleId?: string): void {
  for (const listener of listeners) listener(command, recentHandleId);
}

/** Subscribes to in-app menu commands; returns the unsubscribe function. */
export function subscribeMenuCommands(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
