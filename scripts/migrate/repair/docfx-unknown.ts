/**
 * Other DocFX `:::` extensions (`:::zone`, `:::code`, `:::row:::`, `:::column:::`…) have no
 * equivalent here: they stay visible as text (escaped by the writer), reported with their line.
 * Runs after docfx-image and docfx-no-loc, which convert theirs.
 */
import type { VFile } from 'vfile';
import { outsideInlineCode, type LineFix } from '../read/body-lines.ts';
import { quote, report } from '../messages.ts';

const directive = /:::\s*([a-z][a-z-]*)/gi;

export function docfxUnknown(file: VFile): LineFix {
  return (line, lineNumber) => {
    outsideInlineCode(line, (part, offset) => {
      for (const match of part.matchAll(directive)) {
        report(file, 'warning', `Unknown DocFX extension ${quote(`:::${match[1]}`)}: kept it as text`, 'docfx-unknown', { line: lineNumber, column: offset + match.index + 1 });
      }
      return part;
    });
    return line;
  };
}
