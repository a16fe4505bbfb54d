/**
 * Component-free MDX pages rendered to HTML without compiling them to JavaScript.
 *
 * Most pages use no component and no `{expression}`: compiling each into a JavaScript module that
 * Vite bundles is most of a build's time. For such a page this module parses the MDX exactly as
 * @astrojs/mdx does (remark-parse + remark-mdx + remark-gfm + the site's remark plugins, then
 * remark-rehype) and writes the HTML that the compiled module would have rendered: what
 * hast-util-to-estree turns each node into, as Astro's JSX renderer writes it (its escaping,
 * `<br/>`, `style="text-align:…"` for aligned table cells, no whitespace between table rows).
 *
 * It is deliberately narrow: a page that uses MDX syntax (JSX, expressions, import/export), or an
 * element or attribute this writer does not know to render exactly as Astro does (images, code
 * blocks, footnotes, task lists…), gets `undefined`, and goes the ordinary MDX way.
 * test/unit/fast-render.test.ts compares both ways on every component-free page of the site and
 * on samples of every construct accepted here.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** A heading as Astro gives it to a page (`MarkdownHeading`). */
export interface StaticHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface StaticRender {
  html: string;
  headings: StaticHeading[];
}

export interface StaticMdxOptions {
  /** The site's remark plugins (from `markdown.processor`), run after remark-gfm as in MDX. */
  remarkPlugins?: PluggableList;
  /** remark-gfm, as MDX runs it (Astro's default: on). */
  gfm?: boolean;
  /** Options for remark-rehype (`markdown.processor`'s `remarkRehype`). */
  remarkRehype?: RemarkRehypeOptions;
}

type NodeType = NonNullable<RemarkRehypeOptions['passThrough']>[number];

/** The mdast node types only MDX has: JSX, `{expressions}` and `import`/`export`. */
const mdxNodeTypes = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** True when the tree uses any MDX-only syntax (checked on the parsed tree, never on the text). */
export function usesMdxSyntax(tree: MdastRoot | MdastContent): boolean {
  if (mdxNodeTypes.has(tree.type)) return true;
  if ('children' in tree) for (const child of tree.children) if (usesMdxSyntax(child)) return true;
  return false;
}

/**
 * Elements this writer renders exactly as MDX + Astro do. `pre` (code blocks: Prism rewrites
 * them), `img` (Astro's image pipeline), `input` (task lists), `sup`/`section` (footnotes) are
 * absent on purpose: a page with one goes the MDX way.
 */
const knownElements = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'br', 'ul', 'ol', 'li',
  'a', 'strong', 'em', 'del', 'code', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);
/** hast property name → HTML attribute name, for the properties remark-rehype gives those elements. */
const knownProperties: Record<string, string> = { id: 'id', href: 'href', title: 'title', start: 'start', tabIndex: 'tabindex', lang: 'lang' };
/** Astro's void elements (written `<br/>` when they have no children). */
const voidElements = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
/** Elements whose line-feed-only text children hast-util-to-estree drops. */
const tableElements = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);

/** Astro's `escapeHTML` (text children of JSX elements). */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === "'" ? '&#39;' : '&quot;',
  );
}

/** Astro's `toAttributeString`. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** hast-util-whitespace: only spaces, tabs, line feeds, form feeds and carriage returns. */
const isWhitespace = (value: string) => /^[ \t\n\f\r]*$/.test(value);

class Unsupported extends Error {}

/** One attribute, as hast-util-to-estree passes it and Astro's `addAttribute` writes it. */
function attribute(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (typeof value !== 'string' && typeof value !== 'number') throw new Unsupported(`attribute ${name}`);
  const text = String(value);
  return text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`;
}

function element(node: Element): string {
  const { tagName } = node;
  if (!knownElements.has(tagName)) throw new Unsupported(`<${tagName}>`);
  let attributes = '';
  let align: string | undefined;
  for (const [property, value] of Object.entries(node.properties)) {
    if ((tagName === 'td' || tagName === 'th') && property === 'align') {
      // hast-util-to-estree: `style={{textAlign}}` (tableCellAlignToStyle); Astro: `text-align:…`.
      if (value !== null && value !== undefined && value !== false) align = String(value);
      continue;
    }
    if (property === 'className' && Array.isArray(value)) {
      // hast-util-to-estree: `className="a b"`; Astro writes it as `class` (table alignment classes).
      attributes += attribute('class', value.join(' '));
      continue;
    }
    const name = knownProperties[property];
    if (name === undefined) throw new Unsupported(`${tagName}.${property}`);
    attributes += attribute(name, value);
  }
  if (align !== undefined && align.trim() !== '') attributes += ` style="${escapeAttribute(`text-align:${align}`)}"`;
  const children = tableElements.has(tagName)
    ? node.children.filter((child) => child.type !== 'text' || child.value !== '\n')
    : node.children;
  const content = nodes(children);
  if (content === '' && voidElements.test(tagName) && !children.some(rendersSomething)) return `<${tagName}${attributes}/>`;
  return `<${tagName}${attributes}>${content}</${tagName}>`;
}

/** Whether a child becomes a JSX child (an empty text is dropped by hast-util-to-estree). */
const rendersSomething = (node: HastContent) => node.type !== 'text' || node.value !== '';

function nodes(children: readonly (HastContent | ElementContent)[]): string {
  let html = '';
  for (const child of children) {
    if (child.type === 'text') html += escapeText(child.value);
    else if (child.type === 'element') html += element(child);
    else throw new Unsupported(child.type);
  }
  return html;
}

/**
 * The HTML Astro writes for the hast tree MDX would compile, or `undefined` when the tree holds
 * something this writer does not render exactly as Astro does.
 */
export function hastToAstroHtml(tree: HastRoot): string | undefined {
  // hast-util-to-estree drops whitespace-only text at the start and end of the document.
  const children = [...tree.children];
  const blank = (node: HastContent | undefined) => node?.type === 'text' && isWhitespace(node.value);
  while (blank(children[0])) children.shift();
  while (blank(children.at(-1))) children.pop();
  try {
    return nodes(children);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * The headings of the page, as Astro's `rehypeHeadingIds` collects them for an `.mdx` file: every
 * `h1`–`h6`, its `id` (the site's remark plugin sets them; a missing one is slugged), and its text
 * (every text inside it, joined as is).
 */
export function collectHeadings(tree: HastRoot): StaticHeading[] {
  const headings: StaticHeading[] = [];
  const slugger = new GithubSlugger();
  const textOf = (node: Element | ElementContent): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
  const visit = (node: HastRoot | HastContent) => {
    if (node.type === 'element') {
      const level = /h([0-6])/.exec(node.tagName)?.[1];
      if (node.tagName.startsWith('h') && level !== undefined) {
        const text = node.children.map(textOf).join('');
        if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
        headings.push({ depth: Number.parseInt(level, 10), slug: node.properties.id, text });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return headings;
}

/**
 * A renderer for `.mdx` pages. `render` takes what @astrojs/mdx compiles: the file with its front
 * matter blanked out (`parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content`), and
 * returns the page's HTML and headings, or `undefined` when the page must go the MDX way: it uses
 * MDX syntax, holds something this module does not render, cannot be parsed, or a plugin is
 * asynchronous.
 */
export function createStaticMdxRenderer(options: StaticMdxOptions = {}) {
  // As @mdx-js/mdx runs remark-rehype: MDX nodes pass through (none are left when rendered here).
  const toHast: RemarkRehypeOptions = {
    ...options.remarkRehype,
    allowDangerousHtml: true,
    passThrough: [...(options.remarkRehype?.passThrough ?? []), ...(mdxNodeTypes as Set<NodeType>)],
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(options.gfm === false ? [] : [remarkGfm])
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype, toHast)
    .freeze();

  return {
    render(source: string, path?: string): StaticRender | undefined {
      const file = new VFile({ value: source, path });
      let mdast: MdastRoot;
      try {
        mdast = processor.parse(file);
      } catch {
        return undefined; // an MDX syntax error: let MDX report it, as it always has
      }
      if (usesMdxSyntax(mdast)) return undefined;
      let hast: HastRoot;
      try {
        hast = processor.runSync(mdast, file) as HastRoot;
      } catch {
        return undefined;
      }
      const headings = collectHeadings(hast);
      const html = hastToAstroHtml(hast);
      return html === undefined ? undefined : { html, headings };
    },
  };
}
