/** Minimal promise wrapper over one IndexedDB database with a few key-value object stores. */

const DB_NAME = 'frekvensplan';
const DB_VERSION = 1;
export type StoreName = 'recovery' | 'handles' | 'recent';
const STORES: readonly StoreName[] = ['recovery', 'handles', 'recent'];

let dbPromise: Promise<IDBDatabase> | null = null;

function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDb(): Promise<IDBDatabase> {
  dbPromise ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      for (const name of STORES) {
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
  return dbPromise;
}

async function withStore<T>(store: StoreName, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>) {
  const db = await openDb();
  return requestToPromise(run(db.transaction(store, mode).objectStore(store)));
}

/** Reads a value, or undefined when the key is absent. */
export function idbGet<T>(store: StoreName, key: string): Promise<T | undefined> {
  return withStore(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
}

/** Writes a structured-cloneable value (strings, objects, FileSystemFileHandles). */
export async function idbSet(store: StoreName, key: string, value: unknown): Promise<void> {
  await withStore(store, 'readwrite', (s) => s.put(value, key));
}

export async function idbDelete(store: StoreName, key: string): Promise<void> {
  await withStore(store, 'readwrite', (s) => s.delete(key));
}

/** Returns every value of a store. */
export function idbAll<T>(store: StoreName): Promise<T[]> {
  return withStore(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
}
