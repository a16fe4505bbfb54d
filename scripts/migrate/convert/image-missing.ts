/**
 * An image whose file is not there (the 2018 repositories hold no images):
 *
 *   ![[アカウント設定] の [共有サービス]](images/sharedservices2.png)
 *   → <ImageMissing src="images/sharedservices2.png" alt="[アカウント設定] の [共有サービス]" />
 *
 * a visible placeholder (src/components/ImageMissing.astro) instead of a broken image. In an en-us
 * page recovered from a translation the alt text is the translation's (alt text has no
 * side-by-side English): it is left out there rather than shown to English readers as English.
 */
import type { Image } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { countScripts } from '../read/locale.ts';

function isForeign(text: string): boolean {
  const scripts = countScripts(text);
  return scripts.hangul + scripts.kana + scripts.han + scripts.cyrillic > 0;
}

/** `ownPage` false: the en-us page recovered from a translation. */
export function imageMissing(image: Image, ownPage: boolean): MdxJsxTextElement {
  const attributes: MdxJsxAttribute[] = [{ type: 'mdxJsxAttribute', name: 'src', value: image.url }];
  const alt = image.alt?.trim();
  if (alt && (ownPage || !isForeign(alt))) attributes.push({ type: 'mdxJsxAttribute', name: 'alt', value: alt });
  const node: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'ImageMissing', attributes, children: [] };
  if (image.position) node.position = image.position;
  return node;
}
