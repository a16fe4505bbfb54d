/**
 * One parse of one content file (unified/remark with MDX, GFM and front matter, as the site
 * renders it) into a PageModel. Heading ids come from the site's own plugin.
 *
 * This is the reference extractor. Most pages take the exact fast path of fast-extract.ts
 * instead (see `extractOne` in pool.ts), which shares the helpers exported here; so that
 * importing this module stays cheap, remark and micromark are only loaded (synchronously,
 * with `require` of their ES modules) the first time a page needs the full parse.
 */
import { fastFrontmatter } from './fast-frontmatter.ts';
import { hashBytes, unreadableHash } from './hash.ts';
import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Processor } from 'unified';
import { isUtf8 } from 'node:buffer';
import type { Node as YamlNode } from 'yaml';
import { assignHeadingIds } from '../../src/lib/heading-ids.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';
import { parseEntryId } from '../../src/lib/content-index.ts';
import { sourceLocale } from '../../src/config/locales.ts';
import { isUntranslatedParagraph } from '../../src/lib/script-detect.ts';
import { resolveSiteLink } from '../../src/lib/site-links.ts';
import type { FrontmatterModel, PageModel, Place } from './model.ts';


const require = createRequire(import.meta.url);
let parser: Processor<Root> | undefined;

/** unified + remark-parse + remark-mdx + remark-gfm + remark-frontmatter, loaded on first use. */
function getParser(): Processor<Root> {
  if (!parser) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkMdx = (require('remark-mdx') as typeof import('remark-mdx')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
    parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']) as unknown as Processor<Root>;
  }
  return parser;
}

/** The model every extraction starts from: file, hash, and locale and slug from the path. */
export function emptyModel(file: string, hash: string): PageModel {
  const model: PageModel = { file, hash, headings: [], anchors: [], links: [], images: [], elements: [], esm: [], untranslated: [] };
  const ref = parseEntryId(file);
  if (ref) {
    model.locale = ref.locale;
    model.slug = ref.slug;
  } else {
    model.pathProblem = 'a page must be at <locale>/partner-center/<slug>.mdx, with a locale of src/config/locales.ts';
  }
  return model;
}

const start = (node: { position?: { start: { line: number; column: number } } | undefined }): Place => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** A file that exists in the listing but cannot be read (a broken link, no permission). */
export function unreadableModel(file: string, error: unknown): PageModel {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  const model = emptyModel(file, unreadableHash(code));
  const why = code === 'ENOENT' ? 'it is a link to a file that does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
  model.fatal = { message: `The file cannot be read (${why}): fix it or remove it from the content folder.`, ruleId: 'unreadable-file', line: 1, column: 1 };
  return model;
}

/** The file's text (UTF-8, without a BOM), or undefined with `model.fatal` set. */
export function decode(file: string, bytes: Uint8Array, model: PageModel): string | undefined {
  if (bytes.length === 0) {
    model.fatal = { message: 'The file is empty: a page needs front matter (title, description) and text.', ruleId: 'empty-file', line: 1, column: 1 };
    return undefined;
  }
  if (bytes.includes(0)) {
    model.fatal = { message: 'This is a binary file, not MDX text. Remove it from the content folder.', ruleId: 'unreadable-file', line: 1, column: 1 };
    return undefined;
  }
  if (!isUtf8(bytes)) {
    model.fatal = { message: 'The file is not valid UTF-8 text. Save it as UTF-8.', ruleId: 'unreadable-file', line: 1, column: 1 };
    return undefined;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.trim() === '') {
    model.fatal = { message: 'The file has only white space: a page needs front matter (title, description) and text.', ruleId: 'empty-file', line: 1, column: 1 };
    return undefined;
  }
  void file;
  return text.replace(/^\uFEFF/, '');
}

/** The YAML front matter (`value`: the text between the fences; `place`: the opening fence). */
export function readFrontmatter(value: string, place: Place): FrontmatterModel {
  return fastFrontmatter(value, place) ?? readFrontmatterYaml(value, place);
}

/** The same, by the YAML parser: for any front matter (fast-frontmatter.ts takes the plain ones). */
export function readFrontmatterYaml(value: string, place: Place): FrontmatterModel {
  // Loaded on first use: most front matter takes the fast path (fast-frontmatter.ts).
  const { isMap, isPair, isScalar, LineCounter, parseDocument } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML starts on the line after the opening `---`.
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: place.line + pos.line, column: pos.col };
  };
  const keyPlaces: Record<string, Place> = {};
  const walk = (node: YamlNode | null | undefined, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const path = prefix ? `${prefix}.${key}` : key;
      if (pair.key.range) keyPlaces[path] = at(pair.key.range[0]);
      walk(pair.value as YamlNode, path);
    }
  };
  walk(doc.contents as YamlNode, '');
  const model: FrontmatterModel = { data: undefined, keyPlaces, place };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    model.yamlError = { message: error.message.split('\n')[0]!, ...at(error.pos[0]) };
    return model;
  }
  model.data = doc.toJS();
  return model;
}

function attributeValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | null {
  if (attribute.type !== 'mdxJsxAttribute') return null;
  if (attribute.value == null) return null;
  if (typeof attribute.value === 'string') return attribute.value;
  // `{"text"}`: a plain string literal expression.
  const literal = /^\s*(["'])(.*)\1\s*$/s.exec(attribute.value.value);
  return literal ? literal[2]! : null;
}

/** The full parse (micromark), for any file. */
export function extractPage(file: string, bytes: Uint8Array): PageModel {
  const model = emptyModel(file, hashBytes(bytes));
  const text = decode(file, bytes, model);
  if (text === undefined) return model;

  let tree: Root;
  try {
    tree = getParser().parse(text);
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: { line?: number; column?: number; start?: Place } };
    const place = e.place && 'start' in e.place && e.place.start ? e.place.start : { line: e.line ?? e.place?.line ?? 1, column: e.column ?? e.place?.column ?? 1 };
    let message = `This is not valid MDX: ${e.reason ?? e.message ?? String(error)}`;
    const lineText = text.split('\n')[place.line - 1] ?? '';
    if (/\{#[^}]*\}/.test(lineText) && !/\\\{#/.test(lineText)) {
      message += '. To give a heading an id in MDX, escape the braces: "## Heading \\{#my-id\\}".';
    } else if (/[{}]/.test(lineText)) {
      message += '. In MDX, "{" and "}" start code: write "\\{" and "\\}" for the characters.';
    } else if (/</.test(lineText)) {
      message += '. In MDX, "<" starts a component or HTML tag: write "\\<" or "&lt;" for the character.';
    }
    model.fatal = { message, ruleId: 'mdx-parse', ...place };
    return model;
  }

  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const place = start(first);
    model.frontmatter = readFrontmatter(first.value, place);
    const data = model.frontmatter.data as { title?: unknown; description?: unknown } | undefined;
    const bodyStart = first.position?.end.offset ?? 0;
    if (typeof data?.title === 'string' && typeof data.description === 'string') {
      model.sourceHash = sourceHash({ title: data.title, description: data.description, body: text.slice(bodyStart) });
    }
  }

  for (const heading of assignHeadingIds(tree, model.slug)) {
    const place = { line: heading.line ?? 1, column: heading.column ?? 1 };
    model.headings.push({ depth: heading.depth, id: heading.id, text: heading.text, ...place });
    model.anchors.push({ id: heading.id, kind: 'heading', explicit: heading.explicit, ...place });
  }
  if (model.slug) model.anchors.push({ id: model.slug, kind: 'layout', explicit: true, line: 1, column: 1 });

  const wantParagraphs = model.locale !== undefined && model.locale !== sourceLocale;
  const from = { locale: model.locale ?? sourceLocale, slug: model.slug ?? '' };
  const resolve = (url: string) => resolveSiteLink(url, from);
  const walk = (node: Root | RootContent) => {
    switch (node.type) {
      case 'link':
        model.links.push({ url: node.url, empty: toString(node).trim() === '', kind: 'link', target: resolve(node.url), ...start(node) });
        break;
      case 'definition':
        model.links.push({ url: node.url, empty: false, kind: 'definition', target: resolve(node.url), ...start(node) });
        break;
      case 'image':
        model.images.push({ url: node.url, alt: node.alt ?? '', ...start(node) });
        break;
      case 'paragraph':
        // Only translations are checked for English left in them.
        if (wantParagraphs) {
          const text = toString(node, { includeImageAlt: false });
          if (isUntranslatedParagraph(text, model.locale!)) {
            model.untranslated.push({ excerpt: text.length > 60 ? `${text.slice(0, 57)}…` : text, ...start(node) });
          }
        }
        break;
      case 'mdxjsEsm':
        model.esm.push(start(node));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = node.attributes.map((a) => ({
          name: a.type === 'mdxJsxAttribute' ? a.name : '{…}',
          value: attributeValue(a),
        }));
        const place = start(node);
        model.elements.push({ name: node.name ?? '', attributes, ...place });
        const id = attributes.find((a) => a.name === 'id' || a.name === 'name');
        if (id?.value && node.name && /^[a-z]/.test(node.name)) model.anchors.push({ id: id.value, kind: 'element', explicit: true, ...place });
        const href = attributes.find((a) => a.name === 'href');
        if (node.name === 'a' && href?.value != null) {
          model.links.push({ url: href.value, empty: toString(node).trim() === '', kind: 'jsx', target: resolve(href.value), ...place });
        }
        const src = attributes.find((a) => a.name === 'src');
        if (node.name === 'img' && src?.value != null) {
          model.images.push({ url: src.value, alt: attributes.find((a) => a.name === 'alt')?.value ?? '', ...place });
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return model;
}
