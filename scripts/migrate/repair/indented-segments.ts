/**
 * Side-by-side text indented four spaces at the top level, as in `competency-enterprise-resource-planning.md`:
 *
 *   Your organization must meet the performance thresholds.
 *
 *       - **<span data-ttu-id="dbfd2-111">成熟市場</span><span class="sxs-lookup">…</span>**
 *
 * is an indented code block in Markdown, so the legacy site showed the raw span markup. Code
 * holds no translation segments: the writer meant a list (or paragraph) and over-indented it.
 * The block is dedented and parsed again as Markdown, in place, reported.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../messages.ts';
import { reparse } from './reparse.ts';

const segment = /<span data-ttu-id="/;

export function repairIndentedSegments(tree: Root, file: VFile, parse: (text: string) => Root): void {
  tree.children = tree.children.flatMap((node): RootContent[] => {
    // A fenced block has a fence in the source; an indented block's first column is indented.
    if (node.type !== 'code' || node.lang || !segment.test(node.value) || !node.position) return [node];
    const source = String(file.value).split('\n')[node.position.start.line - 1] ?? '';
    if (/^\s{0,3}(`{3,}|~{3,})/.test(source)) return [node];
    const start = node.position.start;
    report(file, 'warning', 'Side-by-side text indented as a code block (so the legacy page showed raw `<span>` markup); read it as Markdown, dedented', 'indented-segments', start);
    return reparse(node.value, parse, (point) => ({ line: point.line + start.line - 1, column: point.column + 4 }));
  });
}
