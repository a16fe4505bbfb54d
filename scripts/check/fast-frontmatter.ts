/**
 * The exact fast path for front matter: for YAML in a plain subset, the same FrontmatterModel as
 * the `yaml` parser gives (`readFrontmatterYaml`, extract.ts), read line by line; for anything
 * else `undefined`, and the caller uses the parser. The parser's document model costs some 100 µs
 * a page, a fifth of a cold check. Exactness is the point, so every doubt falls back:
 * test/unit/check/fast-frontmatter.test.ts compares both on every page, every fixture, a
 * generated corpus and seeded random front matter.
 *
 * THE SUBSET (anything else returns undefined)
 *
 * - Lines are `key: value` or `key:` at column 1, or, under a `key:` with nothing after it,
 *   either `key: value` lines or `- value` lines (a list), all indented by the same number of
 *   spaces (one level of nesting). Blank lines (empty or spaces only) anywhere. At least one key.
 * - A key: a letter or `_`, then letters, digits, `_`, `-`, `.`; not `__proto__`, not a word
 *   YAML reads as null or a boolean; no key twice in the same map.
 * - A value, after `: ` and any spaces:
 *   - a plain string: starts with a letter, a digit or `(`; has no `#`, no `: `, no tab; does
 *     not end with `:`; and is not something YAML's core schema reads as null, a boolean or a
 *     number (`~`, `null`, `true`, `12`, `1.5`, `1e3`, `0x1F`, `.inf`…). Trailing spaces dropped.
 *   - a double-quoted string without `\` or `"` inside, or a single-quoted one without `'`
 *     inside; nothing after the closing quote but spaces.
 * - No control character, no byte-order mark, no lone surrogate.
 * - A `key:` with nothing after it and no indented lines is null.
 *
 * Places as the parser gives them: the key's line (the YAML's first line is `place.line + 1`)
 * and its 1-based column in UTF-16 code units.
 */
import type { FrontmatterModel, Place } from './model.ts';

const keyPattern = /^[A-Za-z_][\w.-]*$/;
const notAStringKey = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[Nn]ull|NULL|__proto__)$/;
/** What YAML's core schema reads as null, a boolean or a number (yaml's dist/schema/core, common/null). */
const coreScalar = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A line `key:` or `key: value` (the value still raw), or undefined. */
function splitLine(line: string): { key: string; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  const key = line.slice(0, colon);
  if (!keyPattern.test(key) || notAStringKey.test(key)) return undefined;
  const rest = line.slice(colon + 1);
  if (rest !== '' && !rest.startsWith(' ')) return undefined;
  return { key, value: rest.trim() };
}

/** The value's string, or undefined when it is outside the subset. */
function readValue(raw: string): string | undefined {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    if (end < 0 || raw.slice(end + 1).trim() !== '') return undefined;
    const inner = raw.slice(1, end);
    if (quote === '"' && inner.includes('\\')) return undefined;
    return inner;
  }
  if (!/^[\p{L}\p{N}(]/u.test(raw)) return undefined;
  if (raw.includes('#') || raw.includes(': ') || raw.endsWith(':')) return undefined;
  if (coreScalar.some((pattern) => pattern.test(raw))) return undefined;
  return raw;
}

export function fastFrontmatter(value: string, place: Place): FrontmatterModel | undefined {
  if (forbidden.test(value)) return undefined;
  const data: Record<string, unknown> = {};
  const keyPlaces: Record<string, Place> = {};
  const lines = value.split('\n');
  // The open `key:` whose indented lines are being read (a map or a list), and their indentation once known.
  let parent: { key: string; value: Record<string, unknown> | string[] | undefined } | undefined;
  let indent = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const lineNumber = place.line + i + 1;
    const spaces = line.length - line.trimStart().length;
    if (spaces > 0) {
      if (!parent) return undefined;
      const content = line.slice(spaces);
      const item = content.startsWith('- ');
      if (parent.value === undefined) {
        parent.value = item ? [] : {};
        indent = spaces;
      } else if (spaces !== indent || item !== Array.isArray(parent.value)) {
        return undefined;
      }
      if (Array.isArray(parent.value)) {
        const text = readValue(content.slice(2).trim());
        if (text === undefined) return undefined;
        parent.value.push(text);
        continue;
      }
      const entry = splitLine(content);
      if (!entry || entry.value === '' || Object.hasOwn(parent.value, entry.key)) return undefined;
      const text = readValue(entry.value);
      if (text === undefined) return undefined;
      parent.value[entry.key] = text;
      keyPlaces[`${parent.key}.${entry.key}`] = { line: lineNumber, column: spaces + 1 };
      continue;
    }
    if (parent) data[parent.key] = parent.value ?? null;
    parent = undefined;
    const entry = splitLine(line);
    if (!entry || Object.hasOwn(data, entry.key) || Object.hasOwn(keyPlaces, entry.key)) return undefined;
    keyPlaces[entry.key] = { line: lineNumber, column: 1 };
    if (entry.value === '') {
      parent = { key: entry.key, value: undefined };
      continue;
    }
    const text = readValue(entry.value);
    if (text === undefined) return undefined;
    data[entry.key] = text;
  }
  if (parent) data[parent.key] = parent.value ?? null;
  if (Object.keys(keyPlaces).length === 0) return undefined;
  return { data, keyPlaces, place };
}
