/**
 * DocFX images: `:::image type="content" source="media/x.png" alt-text="Alt":::` → `![Alt](media/x.png)`.
 * `type="complex"` images keep their long description (the lines up to `:::image-end:::`) as
 * a paragraph after the image. A missing image file is reported (by links.ts, like every image).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { destination, outsideInlineCode, type LineFix } from '../read/body-lines.ts';
import { decodeEntities } from './html-tokens.ts';
import { quote, report } from '../messages.ts';

const imageDirective = /:::image\s+((?:[A-Za-z-]+\s*=\s*"[^"]*"\s*)*):::/gi;
const imageEnd = /:::image-end:::/gi;

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(/([A-Za-z-]+)\s*=\s*"([^"]*)"/g)) map.set(m[1]!.toLowerCase(), decodeEntities(m[2]!));
  return map;
}

function escapeAlt(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** Whether a relative image or file is missing next to the legacy file (undefined: not relative). */
export function fileMissing(url: string, file: VFile): boolean | undefined {
  if (!file.path || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  return path === '' ? undefined : !existsSync(resolve(dirname(file.path), path));
}

/** Reports a relative image: missing next to the legacy file, or to be copied next to the page. */
export function checkImage(url: string, file: VFile, where: { line: number; column: number } | undefined, missingAs = 'fix the path; the site cannot build a page whose image is missing'): void {
  const missing = fileMissing(url, file);
  if (missing === undefined) return;
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (missing) {
    report(file, 'warning', `Cannot find the image ${quote(path)} (relative to this file): ${missingAs}`, 'missing-image', where);
  } else {
    report(file, 'warning', `Copy the image ${quote(path)} next to the page (content/<locale>/partner-center/${path}): the importer does not copy images, and the site resolves them from the page's folder`, 'copy-image', where);
  }
}

export function docfxImage(file: VFile): LineFix {
  return (line, lineNumber) => {
    let out = outsideInlineCode(line, (part, partOffset) => part.replace(imageDirective, (whole, attrs: string, offset: number) => {
      const map = attributes(attrs);
      const where = { line: lineNumber, column: partOffset + offset + 1 };
      const source = map.get('source');
      const alt = map.get('alt-text') ?? '';
      if (!source) {
        report(file, 'warning', `DocFX image ${quote(whole)} has no \`source\`; kept it as text`, 'docfx-image', where);
        return whole.replace(/[:<]/g, (c) => `\\${c}`);
      }
      if (alt === '') report(file, 'warning', `DocFX image ${quote(source)} has no \`alt-text\``, 'docfx-image', where);
      const dropped = [...map.keys()].filter((k) => !['type', 'source', 'alt-text'].includes(k));
      report(
        file,
        'info',
        `Converted the DocFX image ${quote(source)} to \`![…](…)\`${dropped.length > 0 ? `; dropped ${dropped.map((d) => `\`${d}\``).join(', ')}` : ''}${map.get('type') === 'complex' ? '; its long description follows as text' : ''}`,
        'docfx-image',
        where,
      );
      return `![${escapeAlt(alt)}](${destination(source)})`;
    }));
    const end = out.search(/:::image-end:::/i);
    if (end !== -1) {
      report(file, 'info', 'Dropped `:::image-end:::` (the long description stays as text)', 'docfx-image', { line: lineNumber, column: end + 1 });
      out = out.replace(imageEnd, '');
    }
    return out;
  };
}
