/** Attributes that must never reach a page: event handlers (`onclick`…) and script URLs. */
import type { VFile } from 'vfile';
import { quote, report } from '../messages.ts';
import type { HtmlElement } from './nodes.ts';
import { isUnsafeUrl, urlAttributes } from '../../../src/lib/unsafe-url.ts';

/** Reports them; the converters drop every attribute they do not map anyway. */
export function reportAttributes(element: HtmlElement, file: VFile): void {
  for (const { name, value } of element.attributes) {
    if (name.startsWith('on')) {
      report(file, 'warning', `Dropped the event handler \`${name}\` from ${quote(element.raw)}: scripts never reach a page`, 'unsafe-attribute', element);
    } else if (value !== undefined && urlAttributes.includes(name) && isUnsafeUrl(value)) {
      report(file, 'warning', `Dropped the unsafe URL ${quote(value)} from ${quote(element.raw)}`, 'unsafe-url', element);
    }
  }
}
