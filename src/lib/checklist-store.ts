/**
 * Progress of a checklist, kept in the browser only (localStorage), one key for all languages.
 *
 * Stored shape, under the key given by content/rules/migration-steps.json
 * (`partner-center-docs:migration-steps`):
 *
 *   { "version": 1, "done": ["sign-in", "set-up-incentive-users"] }
 *
 * `version` is the data version from that file; `done` lists the ids of ticked steps. A value
 * that is not JSON, not of this shape, of another version, or that names unknown steps is
 * ignored (unknown ids are dropped): the page starts from what it can trust, never breaks.
 * When storage cannot be used (private mode, quota, disabled), progress lasts for the page
 * only and `persistent` is false, so the page can say so.
 */
export interface ChecklistStore {
  /** Progress can be kept across reloads. */
  readonly persistent: boolean;
  load(): Set<string>;
  /** Saves the ticked ids; returns false when they could not be kept. */
  save(done: ReadonlySet<string>): boolean;
  clear(): void;
}

export interface StoreOptions {
  key: string;
  version: number;
  stepIds: readonly string[];
}

/** Storage as the browser gives it: reading `localStorage` itself may throw (sandboxed frames). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function usable(storage: Storage | undefined): storage is Storage {
  if (!storage) return false;
  try {
    const probe = '__checklist_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function parseProgress(raw: string | null, options: StoreOptions): Set<string> {
  if (!raw) return new Set();
  try {
    const data = JSON.parse(raw) as { version?: unknown; done?: unknown };
    if (!data || typeof data !== 'object' || data.version !== options.version || !Array.isArray(data.done)) return new Set();
    return new Set(data.done.filter((id): id is string => typeof id === 'string' && options.stepIds.includes(id)));
  } catch {
    return new Set();
  }
}

export function createChecklistStore(storage: Storage | undefined, options: StoreOptions): ChecklistStore {
  const persistent = usable(storage);
  let memory = new Set<string>();
  return {
    persistent,
    load() {
      if (!persistent) return new Set(memory);
      try {
        return parseProgress(storage.getItem(options.key), options);
      } catch {
        return new Set(memory);
      }
    },
    save(done) {
      memory = new Set(done);
      if (!persistent) return false;
      try {
        storage.setItem(options.key, JSON.stringify({ version: options.version, done: options.stepIds.filter((id) => done.has(id)) }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      memory = new Set();
      if (!persistent) return;
      try {
        storage.removeItem(options.key);
      } catch {
        // Nothing to clear where nothing can be stored.
      }
    },
  };
}
