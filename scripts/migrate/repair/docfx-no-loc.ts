/** DocFX `:::no-loc text="Azure":::` (a term translators must not touch) → the term itself (not inside code). */
import type { VFile } from 'vfile';
import { escapeMarkdown, outsideInlineCode, type LineFix } from '../read/body-lines.ts';
import { decodeEntities } from './html-tokens.ts';
import { quote, report } from '../messages.ts';

const noLoc = /:::no-loc\s+text\s*=\s*(?:"([^"]*)"|'([^']*)')\s*:::/gi;

export function docfxNoLoc(file: VFile): LineFix {
  return (line, lineNumber) =>
    outsideInlineCode(line, (part, partOffset) =>
      part.replace(noLoc, (_whole, double: string | undefined, single: string | undefined, offset: number) => {
        const text = decodeEntities(double ?? single ?? '');
        report(file, 'info', `Replaced \`:::no-loc:::\` with its text ${quote(text)}`, 'docfx-no-loc', { line: lineNumber, column: partOffset + offset + 1 });
        return escapeMarkdown(text);
      }),
    );
}
