/** The checklist's progress store: versioning, corrupt or foreign data, unavailable storage. */
import { describe, expect, it } from 'vitest';
import { createChecklistStore, parseProgress } from '../../../src/lib/checklist-store.ts';

const options = { key: 'partner-center-docs:migration-steps', version: 1, stepIds: ['a', 'b', 'c'] };

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

describe('saving and loading', () => {
  it('keeps the ticked steps under one versioned key, in step order', () => {
    const storage = new MemoryStorage();
    const store = createChecklistStore(storage, options);
    expect(store.persistent).toBe(true);
    expect(store.save(new Set(['c', 'a']))).toBe(true);
    expect(JSON.parse(storage.getItem(options.key)!)).toEqual({ version: 1, done: ['a', 'c'] });
    expect([...createChecklistStore(storage, options).load()]).toEqual(['a', 'c']);
  });

  it('clear() forgets the progress', () => {
    const storage = new MemoryStorage();
    const store = createChecklistStore(storage, options);
    store.save(new Set(['a']));
    store.clear();
    expect(storage.getItem(options.key)).toBeNull();
    expect(store.load().size).toBe(0);
  });
});

describe('data it cannot trust is ignored', () => {
  const cases: [string, string | null][] = [
    ['nothing stored', null],
    ['not JSON', '{ this is not json'],
    ['JSON of another shape', '["a","b"]'],
    ['an old version', JSON.stringify({ version: 0, done: ['a'] })],
    ['a newer version', JSON.stringify({ version: 2, done: ['a'] })],
    ['done is not a list', JSON.stringify({ version: 1, done: 'a' })],
    ['null', 'null'],
  ];
  for (const [what, raw] of cases) {
    it(`${what} → no step ticked`, () => {
      expect(parseProgress(raw, options).size).toBe(0);
    });
  }

  it('unknown step ids and non-strings are dropped, known ones kept', () => {
    expect([...parseProgress(JSON.stringify({ version: 1, done: ['a', 'zzz', 7, '<img src=x onerror=alert(1)>', 'c'] }), options)]).toEqual(['a', 'c']);
  });
});

describe('when storage is unavailable', () => {
  it('works for the page only and says it is not persistent (no storage at all)', () => {
    const store = createChecklistStore(undefined, options);
    expect(store.persistent).toBe(false);
    expect(store.save(new Set(['b']))).toBe(false);
    expect([...store.load()]).toEqual(['b']);
  });

  it('works for the page only when writing throws (quota, private mode)', () => {
    const store = createChecklistStore(new FullStorage(), options);
    expect(store.persistent).toBe(false);
    store.save(new Set(['a', 'b']));
    expect([...store.load()]).toEqual(['a', 'b']);
    store.clear();
    expect(store.load().size).toBe(0);
  });
});
