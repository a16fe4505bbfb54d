/**
 * The site's interactive parts in imported pages: `content/rules/component-placements.json` says
 * which component ends which section of which page (`<MigrationSteps />` at the end of
 * "Set your users up in Partner Center"), so re-importing the seeds reproduces the pages with
 * them, in every locale. A placement whose section is missing is reported, never dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { z } from 'zod';

const placementsSchema = z.record(
  z.string(),
  z.array(z.strictObject({ section: z.string().min(1), component: z.enum(['MigrationSteps', 'EligibilityChecker']) })),
);

export type Placements = z.infer<typeof placementsSchema>;

export function readPlacements(file = join(import.meta.dirname, '../../../content/rules/component-placements.json')): Placements {
  return placementsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Inserts each component for `slug` at the end of its section; returns the sections not found. */
export function placeComponents(tree: Root, slug: string, placements: Placements): string[] {
  const missing: string[] = [];
  for (const { section, component } of placements[slug] ?? []) {
    const start = tree.children.findIndex((node) => node.type === 'heading' && node.data?.explicitId === section);
    if (start < 0) {
      missing.push(section);
      continue;
    }
    const depth = (tree.children[start] as { depth: number }).depth;
    let end = start + 1;
    while (end < tree.children.length) {
      const node = tree.children[end]!;
      if (node.type === 'heading' && node.depth <= depth) break;
      end++;
    }
    const element = { type: 'mdxJsxFlowElement', name: component, attributes: [], children: [] } as unknown as RootContent;
    tree.children.splice(end, 0, element);
  }
  return missing;
}
