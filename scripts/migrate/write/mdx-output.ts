/**
 * The converted tree → the page file: YAML front matter and the MDX body written by remark-stringify
 * with remark-mdx, which escapes `{`, `}` and `<` in text, and `import`/`export` at a line start. Segments become
 * `<Segment id="…" source="…">`, explicit heading ids `\{#id\}`.
 */
import type { Heading, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import YAML from 'yaml';
import type { PageFrontmatter } from '../../../src/schemas/page.ts';
import { datesAsText, readPage, type ReadPage } from '../../../src/lib/mdx/read-page.ts';

const writer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkMdx)
  .use(remarkStringify, {
    bullet: '-',
    listItemIndent: 'one',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    resourceLink: true,
    unsafe: [
      // `}` too, not only `{`: the site's convention for explicit ids is `\{#id\}`.
      { character: '}' },
      // A line starting with `import`/`export` would be live JavaScript (MDX ESM): `&#x69;mport`.
      { atBreak: true, character: 'i', after: 'mport\\b' },
      { atBreak: true, character: 'e', after: 'xport\\b' },
    ],
  });

/** Plain text for a JSX attribute: one line, `&` written as `&amp;` (MDX decodes references in attributes). */
export function attributeText(nodes: readonly PhrasingContent[]): string {
  return toString({ type: 'paragraph', children: [...nodes] })
    .replace(/\s+/g, ' ')
    .trim();
}

function segmentElement(id: string, source: string, children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Segment',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'id', value: id.replace(/&/g, '&amp;') },
      { type: 'mdxJsxAttribute', name: 'source', value: source.replace(/&/g, '&amp;') },
    ],
    children,
  };
}

function addHeadingId(heading: Heading): void {
  const id = heading.data?.explicitId;
  if (id === undefined) return;
  const last = heading.children.at(-1);
  if (last?.type === 'text') (last as Text).value = `${last.value.trimEnd()} {#${id}}`;
  else heading.children.push({ type: 'text', value: ` {#${id}}` });
}

function finish(nodes: RootContent[]): RootContent[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'segment':
        return segmentElement(node.id, attributeText(node.source), finish(node.children) as PhrasingContent[]) as RootContent;
      case 'htmlElement':
      case 'htmlComment':
      case 'anchor':
      case 'html':
        throw new Error(`internal: a ${node.type} node reached the MDX writer (line ${node.position?.start.line ?? '?'})`);
      default:
        break;
    }
    if ('children' in node) (node as { children: RootContent[] }).children = finish(node.children as RootContent[]);
    if (node.type === 'heading') addHeadingId(node);
    return node;
  });
}

/**
 * YAML as the other pages write it (`date: 2019-03-05`, which Astro reads as a Date and the
 * schema accepts). If a YAML 1.1 reader (js-yaml, Astro's) would read any other value
 * differently (`yes`, `1e3`…), every ambiguous value is quoted instead.
 */
export function frontMatterYaml(frontmatter: PageFrontmatter): string {
  const plain = YAML.stringify(frontmatter, { lineWidth: 0 });
  if (JSON.stringify(readPageFrontMatter(`---\n${plain}---\n`)) === JSON.stringify(frontmatter)) return plain;
  return YAML.stringify(frontmatter, { version: '1.1', lineWidth: 0 });
}

/** The page file. The tree is consumed (modified). */
export function toMdx(frontmatter: PageFrontmatter, tree: Root): string {
  const body: Root = { type: 'root', children: finish(tree.children) as Root['children'] };
  const markdown = body.children.length > 0 ? writer.stringify(body) : '';
  return `---\n${frontMatterYaml(frontmatter)}---\n${markdown === '' ? '' : `\n${markdown}`}`;
}

/**
 * A written page, read by the site's reader (src/lib/mdx/read-page.ts: Sätteri, the front matter
 * as Astro reads it): throws when it is not valid MDX or its front matter is not YAML.
 */
export function parseMdx(text: string): ReadPage {
  const page = readPage(text);
  if (page.frontmatter?.error) throw new Error(`front matter, line ${page.frontmatter.error.line}: ${page.frontmatter.error.message}`);
  return page;
}

/** Front matter as Astro reads it (js-yaml: `yes` is true), dates as `YYYY-MM-DD` text. */
export function readPageFrontMatter(text: string): unknown {
  return datesAsText(parseMdx(text).frontmatter?.data);
}

