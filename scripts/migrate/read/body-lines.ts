/**
 * Line-level repairs before Markdown parsing (constructs Markdown cannot parse: `##<a …>`,
 * DocFX `:::image …:::` and `:::no-loc …:::`). Lines inside fenced code are left alone.
 */
export type LineFix = (line: string, lineNumber: number) => string;

export function mapBodyLines(text: string, fixes: readonly LineFix[]): string {
  let fence: string | undefined;
  return text
    .split('\n')
    .map((line, index) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return fixes.reduce((current, fix) => fix(current, index + 1), line);
    })
    .join('\n');
}

/**
 * Applies `replace` to the parts of a line outside inline code spans (`` `…` ``), so a DocFX
 * construct quoted in code stays as written. `offset` is the part's column − 1 in the line.
 */
export function outsideInlineCode(line: string, replace: (part: string, offset: number) => string): string {
  let out = '';
  let textStart = 0;
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (line[i + run] === '`') run++;
    const closing = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g');
    closing.lastIndex = i + run;
    const end = closing.exec(line);
    if (!end) {
      i += run;
      continue;
    }
    out += replace(line.slice(textStart, i), textStart) + line.slice(i, end.index + run);
    i = textStart = end.index + run;
  }
  return out + replace(line.slice(textStart), textStart);
}

/** Backslash-escapes ASCII punctuation so text inserted into Markdown stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:"']/g, (c) => `\\${c}`);
}

/** A link or image destination, in angle brackets when it has spaces or parentheses. */
export function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url;
}
