/**
 * `##<a name="x"></a>Heading` (no space after the hashes) is a paragraph in CommonMark, but
 * was meant as a heading: the space is added and reported.
 */
import type { VFile } from 'vfile';
import type { LineFix } from '../read/body-lines.ts';
import { report } from '../messages.ts';

export function headingSpacing(file: VFile): LineFix {
  return (line, lineNumber) => {
    const match = /^( {0,3})(#{1,6})(?=[^#\s])/.exec(line);
    if (!match) return line;
    const [, indent, hashes] = match;
    const next = line[match[0].length]!;
    // `#word` at the start of a line is ambiguous; `##x` and `#<a …>` are headings missing a space.
    if (hashes!.length < 2 && next !== '<') return line;
    report(file, 'warning', `Heading \`${hashes}\` has no space before its text; added one`, 'heading-space', { line: lineNumber, column: indent!.length + 1 });
    return `${indent}${hashes} ${line.slice(match[0].length)}`;
  };
}
