import type { WebContents } from 'electron';

import type { OpenResult } from '../../core/host/host-api';
import { EVENT_CHANNELS } from '../shared/ipc-contract';

/**
 * Files opened from the OS (first-start argv, second instance, macOS `open-file`) wait here
 * until the renderer has subscribed to open-file events, then are delivered in order.
 */
export class OpenFileQueue {
  private readonly pending: OpenResult[] = [];
  private target: WebContents | null = null;

  /** Delivers `result` now if the renderer listens, else when it does. */
  push(result: OpenResult): void {
    this.pending.push(result);
    this.flush();
  }

  /** The renderer in `contents` subscribed to open-file events. */
  markReady(contents: WebContents): void {
    this.target = contents;
    this.flush();
  }

  /** The renderer is (re)loading: hold files until it subscribes again. */
  markNotReady(): void {
    this.target = null;
  }

  private flush(): void {
    const target = this.target;
    if (!target || target.isDestroyed()) return;
    for (let result = this.pending.shift(); result; result = this.pending.shift()) {
      target.send(EVENT_CHANNELS.openFile, result);
    }
  }
}
