/** A content file's hash: its bytes and the extractor version (a model of other bytes, or of another extractor, never matches). */
import { createHash } from 'node:crypto';

/** Bump when the model's shape or meaning changes (the checker version, version.ts, covers code changes too). */
export const extractorVersion = '3';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(extractorVersion).update(bytes).digest('hex');
}

/** The hash of a file that could not be read (`code`: the error's code): never that of any bytes. */
export const unreadableHash = (code: string) => `unreadable:${code}`;
export const isUnreadableHash = (hash: string) => hash.startsWith('unreadable:');
