/**
 * One parse of one content file into a PageModel: the site's reader (src/lib/mdx/read-page.ts,
 * Sätteri and js-yaml, as Astro reads the page), so the checker sees what the site renders,
 * heading ids included.
 */
import { hashBytes, unreadableHash } from './hash.ts';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { isUtf8 } from 'node:buffer';
import { datesAsText, MdxSyntaxError, readPage, type ReadPage } from '../../src/lib/mdx/read-page.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';
import { parseEntryId } from '../../src/lib/content-index.ts';
import { sourceLocale } from '../../src/config/locales.ts';
import { isUntranslatedParagraph } from '../../src/lib/script-detect.ts';
import { resolveSiteLink } from '../../src/lib/site-links.ts';
import type { FrontmatterModel, PageModel, Place } from './model.ts';

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

/** The front matter as the checker keeps it. */
function frontmatterModel(read: NonNullable<ReadPage['frontmatter']>): FrontmatterModel {
  const model: FrontmatterModel = { data: datesAsText(read.data), keyPlaces: read.keyPlaces, place: read.place };
  if (read.error) model.yamlError = read.error;
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

/** A file's model: every fact the rules read. */
export function extractPage(file: string, bytes: Uint8Array): PageModel {
  const model = emptyModel(file, hashBytes(bytes));
  const text = decode(file, bytes, model);
  if (text === undefined) return model;

  let page: ReadPage;
  try {
    page = readPage(text, file);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    const place = { line: error.line, column: error.column };
    let message = `This is not valid MDX: ${error.reason}`;
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
  const { tree } = page;

  if (page.frontmatter) {
    model.frontmatter = frontmatterModel(page.frontmatter);
    const data = model.frontmatter.data as { title?: unknown; description?: unknown } | undefined;
    if (typeof data?.title === 'string' && typeof data.description === 'string') {
      model.sourceHash = sourceHash({ title: data.title, description: data.description, body: text.slice(page.bodyStart) });
    }
  }

  for (const heading of page.headings) {
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
