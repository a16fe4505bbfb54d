/**
 * Search result excerpts that read well. Pagefind's excerpt is a window of words around the
 * matches: in space-separated scripts it starts on a word, but mid-sentence; in Chinese and
 * Japanese its window starts inside a word (`夥伴<mark>獎勵</mark>` out of 合作夥伴獎勵). Given the
 * page's indexed text (Pagefind's `content`), the excerpt is widened back to the start of its
 * sentence when that is near; else it is cut to start on a word and marked with a leading "…".
 * Text after the excerpt is marked with a trailing "…". Pure: no DOM.
 */
export interface ExcerptPart {
  text: string;
  /** A matched word (shown in <mark>). */
  mark: boolean;
}

/** How far back (in characters) the excerpt may be widened to reach its sentence's start. */
export const maxWiden = 80;

const wordChar = /[\p{L}\p{N}]/u;
const spaced = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}\p{Script=Greek}\p{N}]/u;

function prepend(parts: ExcerptPart[], text: string): ExcerptPart[] {
  if (!text) return parts;
  const [first, ...rest] = parts;
  return first && !first.mark ? [{ text: text + first.text, mark: false }, ...rest] : [{ text, mark: false }, ...parts];
}

export function alignExcerpt(parts: readonly ExcerptPart[], content: string): ExcerptPart[] {
  let result = parts.filter((p) => p.text).map((p) => ({ ...p }));
  const plain = result.map((p) => p.text).join('');
  const at = plain ? content.indexOf(plain) : -1;
  if (at < 0) return result;
  const after = content.slice(at + plain.length).trim() ? '…' : '';
  if (at > 0) {
    // The start of the sentence the excerpt begins in, if it is near: after the last sentence end
    // before the excerpt, or the start of the text.
    const from = Math.max(0, at - maxWiden);
    const near = content.slice(from, at);
    let start = from === 0 ? 0 : -1;
    for (const end of near.matchAll(/[.!?]\s+|[。！？．]\s*/gu)) start = from + end.index + end[0].length;
    if (start >= 0) {
      result = prepend(result, content.slice(start, at));
    } else {
      // Too far back: start on a word. A spaced script cut inside a word drops that word's end.
      const cutInWord = wordChar.test(content[at - 1]!) && wordChar.test(plain[0]!);
      if (cutInWord && spaced.test(plain[0]!)) {
        const first = result[0]!;
        const space = first.mark ? -1 : first.text.search(/\s/u);
        if (space > 0) result[0] = { text: first.text.slice(space).trimStart(), mark: false };
      }
      result = prepend(result, '…');
    }
  }
  if (after) {
    const last = result.at(-1)!;
    if (last.mark) result.push({ text: '…', mark: false });
    else result[result.length - 1] = { text: `${last.text.trimEnd()}…`, mark: false };
  }
  return result;
}
