/**
 * models.pack: every page's parsed model (model.ts) as JSON, one after another; an index entry
 * (cache.ts) points at its bytes. Appended to; rewritten when more than half of it is models no
 * entry points at. A model read back must carry the hash its entry expects, else it is not used.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import type { CacheEntry } from './cache-entry.ts';
import type { PageModel } from './model.ts';

/** Reads models from the pack by their place; opened on first use. */
export class PackReader {
  #fd: number | undefined;
  #missing = false;
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  /** The pack's bytes at `at`, as stored. */
  bytes(at: [number, number]): Buffer | undefined {
    if (this.#missing) return undefined;
    try {
      this.#fd ??= openSync(this.file, 'r');
    } catch {
      this.#missing = true;
      return undefined;
    }
    const buffer = Buffer.allocUnsafe(at[1]);
    try {
      return readSync(this.#fd, buffer, 0, at[1], at[0]) === at[1] ? buffer : undefined;
    } catch {
      return undefined;
    }
  }

  /** The model at `at` when it is there and has the expected hash, else undefined. */
  read(at: [number, number] | undefined, hash: string): PageModel | undefined {
    const bytes = at && this.bytes(at);
    if (!bytes) return undefined;
    try {
      const model = JSON.parse(bytes.toString('utf8')) as PageModel;
      return model.hash === hash ? model : undefined;
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/**
 * Stores the run's new models: appended to the pack, or a fresh pack (the kept models copied as
 * bytes, then the new ones) when there is none or more than half of it is garbage. Sets each
 * entry's `at`. May throw (the caller then keeps no cache).
 */
export function writePack(
  pack: string,
  oldBytes: number,
  entries: ReadonlyMap<string, CacheEntry>,
  newModels: ReadonlyMap<string, PageModel>,
  reader: PackReader,
): { packBytes: number; fresh: boolean } {
  let live = 0;
  for (const [file, entry] of entries) if (!newModels.has(file) && entry.at) live += entry.at[1];
  const usable = oldBytes > 0 && existsSync(pack) && statSync(pack).size >= oldBytes;
  const encode = (model: PageModel) => Buffer.from(JSON.stringify(model));
  if (usable && live * 2 >= oldBytes) {
    const fd = openSync(pack, 'r+');
    try {
      let offset = fstatSync(fd).size;
      for (const [file, model] of newModels) {
        const entry = entries.get(file);
        if (!entry) continue;
        const bytes = encode(model);
        writeSync(fd, bytes, 0, bytes.length, offset);
        entry.at = [offset, bytes.length];
        offset += bytes.length;
      }
      return { packBytes: offset, fresh: false };
    } finally {
      closeSync(fd);
    }
  }
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [file, entry] of entries) {
    const model = newModels.get(file);
    const bytes = model ? encode(model) : entry.at ? reader.bytes(entry.at) : undefined;
    if (!bytes) {
      delete entry.at;
      continue;
    }
    entry.at = [offset, bytes.length];
    chunks.push(bytes);
    offset += bytes.length;
  }
  reader.close();
  writeAtomically(pack, Buffer.concat(chunks));
  return { packBytes: offset, fresh: true };
}

/** Writes a file whole under another name, then renames it into place: a reader never sees half of it. */
export function writeAtomically(file: string, data: string | Buffer): void {
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
}
