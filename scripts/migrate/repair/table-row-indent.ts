/**
 * A pipe-table row indented like a continuation, as in `mpn-action-pack-subscription-benefits.md`:
 *
 *   |<span …>Microsoft Intune</span>…|<span …>Microsoft System Center 2016 …</span>| 5 |
 *                        |<span …>Microsoft System Center Config Mgr …</span>|
 *
 * Four spaces or more make that line an indented code block in Markdown, so the row showed
 * as raw markup. A line that starts with `|` after the indentation, right below a table row,
 * is a row: the indentation is dropped, reported.
 */
import type { VFile } from 'vfile';
import type { LineFix } from '../read/body-lines.ts';
import { report } from '../messages.ts';

export function tableRowIndent(file: VFile): LineFix {
  let previousIsRow = false;
  return (line, lineNumber) => {
    const indented = /^[ \t]{4,}(?=\|)/.exec(line);
    if (indented && previousIsRow) {
      report(file, 'warning', 'Table row indented four spaces or more (Markdown reads it as code); removed the indentation so it stays a row of the table above', 'table-row-indent', { line: lineNumber, column: 1 });
      return line.slice(indented[0].length);
    }
    previousIsRow = /^ {0,3}\|/.test(line);
    return line;
  };
}
