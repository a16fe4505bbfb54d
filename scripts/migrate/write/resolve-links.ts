/**
 * A page's links, resolved once every page of the import is known (for import-files.ts):
 * `xref:` links to the page with that `uid` (else kept as text), links by a legacy file name to
 * the page's slug, and each page and heading checked against this import and the content dir,
 * with the closest slug or heading id when there is none ("did you mean").
 */
import type { Link, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { closest } from '../../../src/lib/closest.ts';
import type { PageDraft } from '../convert/legacy-file.ts';
import { pageUrl } from '../convert/link-rewrite.ts';
import { quote, report } from '../messages.ts';
import { forgetRender } from './merge-pages.ts';
import type { PageIndex } from './page-index.ts';

/** A link that cannot be resolved becomes its text, in place. */
function unlink(node: Link): void {
  const text = toString(node);
  const replacement: Text = { type: 'text', value: text };
  if (node.position) replacement.position = node.position;
  for (const key of Object.keys(node)) delete (node as unknown as Record<string, unknown>)[key];
  Object.assign(node, replacement);
}

/** The page a DocFX `uid` names (for `xref:` links). */
export interface UidTarget {
  slug: string;
  title: string;
}

/** Resolves and checks `page`'s links; a derived page's are resolved quietly (its file was reported). */
export function checkLinks(page: PageDraft, index: PageIndex, uids: ReadonlyMap<string, UidTarget>): void {
  const verbose = page.derived === undefined;
  const file = verbose ? page.origin : new VFile();
  const slugs = index.slugs();
  for (const link of page.links) {
    const where = link.position;
    let slug = link.target;
    if (link.kind === 'xref') {
      forgetRender(page);
      const target = uids.get(link.target);
      // `<xref:uid>` (an autolink) shows its URL: show the uid, or the target's title.
      const autolink = toString(link.node) === link.written;
      if (!target) {
        const suggestion = closest(link.target, [...uids.keys()]);
        report(
          file,
          'warning',
          `Cannot resolve ${quote(link.written)}: no imported page has \`uid: ${link.target}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; kept the link text`,
          'xref',
          where,
        );
        if (autolink) link.node.children = [{ type: 'text', value: link.target }];
        unlink(link.node);
        continue;
      }
      link.node.url = pageUrl(target.slug, link.anchor);
      if (autolink) link.node.children = [{ type: 'text', value: target.title }];
      report(file, 'info', `Resolved ${quote(link.written)} to ${quote(link.node.url)}`, 'xref', where);
      slug = target.slug;
    }
    if (link.kind === 'anchor') {
      const ids = index.ids(page.locale, page.slug);
      if (ids && link.anchor !== undefined && !ids.has(link.anchor)) {
        const suggestion = closest(link.anchor, [...ids]);
        report(file, 'warning', `Link to unknown heading: \`${link.anchor}\`${suggestion ? `. Did you mean \`${suggestion}\`` : ''}`, 'missing-heading', where);
      }
      continue;
    }
    const renamed = index.renamed(slug);
    if (renamed) {
      // A page whose file name is no slug (`non-payment--fraud--or-misuse.md`) took its slug
      // from its H1 anchor: links by the file name follow it.
      forgetRender(page);
      link.node.url = pageUrl(renamed, link.anchor);
      report(file, 'info', `Link ${quote(link.written)} names the file of the page \`${renamed}\` (its file name is not a slug): pointed it at ${quote(link.node.url)}`, 'link-renamed', where);
      slug = renamed;
    }
    const locale = index.resolve(page.locale, slug);
    const url = pageUrl(slug, undefined);
    if (!locale) {
      const suggestion = closest(slug, [...slugs]);
      report(
        file,
        'warning',
        `Link to unknown page: \`${url}\` (from ${quote(link.written)}); it is not in the content dir nor in this import${suggestion ? `. Did you mean \`${pageUrl(suggestion, undefined)}\`` : ''}`,
        'missing-page',
        where,
      );
      continue;
    }
    if (link.anchor !== undefined) {
      const ids = index.ids(locale, slug);
      if (ids && !ids.has(link.anchor)) {
        const suggestion = closest(link.anchor, [...ids]);
        report(file, 'warning', `Link to unknown heading in \`${url}\`: \`${link.anchor}\`${suggestion ? `. Did you mean \`${suggestion}\`` : ''}`, 'missing-heading-in-page', where);
      }
    }
  }
  if (page.links.some((link) => link.kind === 'xref')) forgetRender(page);
}
