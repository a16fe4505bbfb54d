/**
 * One line of legacy front matter, classified: blank, `---`, `key: value` (with a translated key
 * or a full-width colon `：`), a list item, an indented continuation, or something else; and a
 * side-by-side line (`<span data-ttu-id>…</span><span class="sxs-lookup">…</span>`) with the
 * translated and the English key/value. Values are read as YAML scalars and flow lists.
 */
import YAML from 'yaml';
import { decodeEntities } from '../repair/html-tokens.ts';
import { isKnownKey } from '../repair/translated-keys.ts';

export type LineKind = 'blank' | 'delimiter' | 'kv' | 'list' | 'indented' | 'other';

export interface KeyValue {
  key: string;
  value: string;
  colon: string;
}

export interface LineInfo {
  kind: LineKind;
  kv?: KeyValue;
  /** Side-by-side line: the translated and the English key/value. */
  sxs?: { id: string; translated: string; english: string; kv?: KeyValue; englishKv?: KeyValue; column: number };
}

const sxsLine =
  /^\s*<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"]+)">([\s\S]*?)<\/span><\/span>\s*$/;

/** A front matter value that is one side-by-side pair. */
export const sxsValue = /^<span data-ttu-id="([^"]+)">([\s\S]*?)<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"]+)">([\s\S]*?)<\/span><\/span>$/;

function parseKeyValue(text: string): KeyValue | undefined {
  const match = /^([^\s:：<>[\]#*|`"'-][^:：<>[\]#*|`"']{0,39}?)\s*([:：])(?!\/\/)\s?(.*)$/u.exec(text.trim());
  if (!match) return undefined;
  const [, key, colon, value] = match;
  if (key!.trim().split(/\s+/).length > 4) return undefined;
  return { key: key!.trim(), value: value!.trim(), colon: colon! };
}

/** Keys accepted in front matter that is never closed (where a body line could look like `Note: …`). */
export function isStrictKey(key: string): boolean {
  return isKnownKey(key) || /^[a-z][A-Za-z0-9_.-]*$/.test(key);
}

export function classify(line: string, strict: boolean): LineInfo {
  if (line.trim() === '') return { kind: 'blank' };
  if (/^---\s*$/.test(line)) return { kind: 'delimiter' };
  const sxs = sxsLine.exec(line);
  if (sxs) {
    const translated = decodeEntities(sxs[2]!).trim();
    const english = decodeEntities(sxs[4]!).trim();
    const kv = parseKeyValue(translated);
    const englishKv = parseKeyValue(english);
    if (kv || englishKv) {
      const info: LineInfo['sxs'] = { id: sxs[1]!, translated, english, column: line.indexOf('<') + 1 };
      if (kv) info!.kv = kv;
      if (englishKv) info!.englishKv = englishKv;
      return { kind: 'kv', sxs: info! };
    }
    return { kind: 'other' };
  }
  if (/^\s+-\s+\S/.test(line) || /^-\s+\S/.test(line)) return { kind: 'list' };
  const kv = parseKeyValue(line);
  if (kv && (!strict || isStrictKey(kv.key))) return { kind: 'kv', kv };
  if (/^\s{2,}\S/.test(line)) return { kind: 'indented' };
  return { kind: 'other' };
}

export function scalar(value: string): string {
  const trimmed = value.trim();
  if (/^(["']).*\1$/s.test(trimmed)) {
    try {
      const parsed: unknown = YAML.parse(trimmed);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // keep as written
    }
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

export function listValue(value: string): string[] | undefined {
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined;
  try {
    const parsed: unknown = YAML.parse(trimmed);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // not a YAML list
  }
  return undefined;
}
