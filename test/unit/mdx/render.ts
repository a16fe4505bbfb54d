/**
 * Test helper: a page compiled and run as the site compiles it (Sätteri's MDX compiler with the
 * site's features and plugins, src/lib/mdx/), rendered to a compact text form:
 * elements `<p class="x">…</p>` (attributes sorted), components `[Segment]…[/Segment]`.
 */
import { pathToFileURL } from 'node:url';
import { evaluate, type HastPluginList, type MdastPluginList } from 'satteri';
import { features } from '../../../src/lib/mdx/features.ts';
import { hastPlugins, mdastPlugins } from '../../../src/lib/mdx/plugins.ts';

type Props = Record<string, unknown> & { children?: unknown };
const Fragment = Symbol('Fragment');

function text(children: unknown): string {
  if (children === undefined || children === null || children === false) return '';
  if (Array.isArray(children)) return children.map(text).join('');
  return String(children);
}

function jsx(type: unknown, input: unknown): string {
  const props = input as Props;
  const { children, ...rest } = props;
  const inner = text(children);
  if (type === Fragment) return inner;
  if (typeof type === 'function') return text((type as (p: Props) => unknown)(props));
  const attributes = Object.entries(rest)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => ` ${k}="${Array.isArray(v) ? v.join(' ') : String(v)}"`)
    .join('');
  return `<${String(type)}${attributes}>${inner}</${String(type)}>`;
}

/** A component renders as `[Name]children[/Name]`. */
const component = (name: string) => (props: Props) => `[${name}]${text(props.children)}[/${name}]`;
const components = Object.fromEntries(['Segment', 'Callout', 'EligibilityChecker'].map((name) => [name, component(name)]));

export interface RenderOptions {
  /** The page's file (its locale and slug matter to the plugins). */
  path?: string;
  /** Other plugins than the site's (to show what happens without one). */
  plugins?: { mdast: MdastPluginList; hast: HastPluginList };
}

export async function render(source: string, options: RenderOptions = {}): Promise<string> {
  const path = options.path ?? '/repo/content/en-us/partner-center/a-page.mdx';
  const exports = await evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    features,
    mdastPlugins: options.plugins?.mdast ?? mdastPlugins,
    hastPlugins: options.plugins?.hast ?? hastPlugins,
    fileURL: pathToFileURL(path),
    elementAttributeNameCase: 'html',
  });
  const Content = exports.default as (props: { components: Record<string, unknown> }) => unknown;
  return text(Content({ components }));
}
