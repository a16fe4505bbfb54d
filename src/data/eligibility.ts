/**
 * Build-time loader of the eligibility checker's data (Node only: it reads files):
 * `content/rules/eligibility.json` (the rules) and `content/rules/eligibility.<locale>.json`
 * (the wording, one file per locale). Everything is validated; a problem throws an
 * `EligibilityDataError` whose message names each file and field, and says what was expected.
 *
 * Besides the schemas (src/schemas/eligibility/) it checks what only the file system knows:
 * every locale of the locale table has a wording file, no wording file is for an unknown locale,
 * and every relative link of the rules reaches an English page (and its heading, for `#anchor`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isLocale, localeSlugs, sourceLocale, type Locale } from '../config/locales.ts';
import { contentDir } from '../config/paths.ts';
import { eligibilityRulesSchema, linksOf, type EligibilityRules } from '../schemas/eligibility/rules.ts';
import { eligibilityWordingSchema, type EligibilityWording } from '../schemas/eligibility/wording.ts';
import { describeIssues } from '../lib/schema-issues.ts';
import { MdxSyntaxError, readPage } from '../lib/mdx/read-page.ts';
import { parsePageHref } from '../schemas/patterns.ts';

export const rulesFileName = 'eligibility.json';
export const wordingFileName = (locale: string) => `eligibility.${locale}.json`;

export interface EligibilityData<L extends Locale = Locale> {
  rules: EligibilityRules;
  wording: Record<L, EligibilityWording>;
}

export interface EligibilityProblem {
  /** The file, relative to the working directory. */
  file: string;
  /** Dotted path in the file (`criteria.competency.unsure`); empty for the whole file. */
  field: string;
  message: string;
}

export class EligibilityDataError extends Error {
  readonly problems: readonly EligibilityProblem[];
  constructor(problems: readonly EligibilityProblem[]) {
    super(
      `The eligibility checker's rules or wording have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'),
    );
    this.name = 'EligibilityDataError';
    this.problems = problems;
  }
}

/**
 * Where the rules are: `<content root>/rules` (the content root follows `CONTENT_DIR`); a content
 * root without rules (a fixture tree) uses the project's `content/rules`.
 */
export function rulesDir(root: string = process.cwd()): string {
  const own = join(contentDir(root), 'rules');
  return existsSync(join(own, rulesFileName)) ? own : resolve(root, 'content', 'rules');
}

export interface LoadOptions<L extends Locale> {
  /** The folder with the rules and wording files; default `rulesDir()`. */
  dir?: string;
  /** The locales whose wording to load; default every locale of the locale table. */
  locales?: readonly L[];
  /**
   * The content root whose English pages the rules' relative links must reach. Default: the
   * folder above `dir` when it has English pages; `false`: links are not checked.
   */
  pagesRoot?: string | false;
}

export function loadEligibilityData<L extends Locale = Locale>(options: LoadOptions<L> = {}): EligibilityData<L> {
  const dir = resolve(options.dir ?? rulesDir());
  const locales = options.locales ?? (localeSlugs as readonly L[]);
  const problems: EligibilityProblem[] = [];
  const fileOf = (name: string) => relative(process.cwd(), join(dir, name)) || name;

  const read = (name: string): unknown => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push({ file: fileOf(name), field: '', message: `the file is missing; expected it in ${relative(process.cwd(), dir) || '.'}` });
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push({ file: fileOf(name), field: '', message: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  const report = (name: string, issues: Parameters<typeof describeIssues>[0], known: readonly string[] = []) => {
    for (const p of describeIssues(issues, known)) problems.push({ file: fileOf(name), field: p.field, message: p.message });
  };

  const rawRules = read(rulesFileName);
  if (rawRules === undefined) throw new EligibilityDataError(problems);
  const parsedRules = eligibilityRulesSchema.safeParse(rawRules);
  if (!parsedRules.success) {
    report(rulesFileName, parsedRules.error.issues, ['partnerTypeQuestion', 'questions', 'criteria', 'verdicts']);
    // The wording's keys come from the rules: with broken rules there is nothing to check it against.
    throw new EligibilityDataError(problems);
  }
  const rules = parsedRules.data;

  const pagesRoot = options.pagesRoot ?? defaultPagesRoot(dir);
  if (pagesRoot) problems.push(...checkLinks(rules, pagesRoot, fileOf(rulesFileName)));

  const schema = eligibilityWordingSchema(rules);
  const wording = {} as Record<L, EligibilityWording>;
  for (const locale of locales) {
    const name = wordingFileName(locale);
    const raw = read(name);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) wording[locale] = parsed.data;
    else report(name, parsed.error.issues, ['questions', 'criteria', 'verdicts', 'links', 'ui']);
  }
  if (!options.locales) {
    for (const name of readdirSync(dir)) {
      const match = /^eligibility\.(.+)\.json$/.exec(name);
      if (match && !isLocale(match[1]!)) {
        problems.push({
          file: fileOf(name),
          field: '',
          message: `"${match[1]}" is not a locale of src/config/locales.ts (${localeSlugs.join(', ')}); rename the file or add the locale`,
        });
      }
    }
  }

  if (problems.length) throw new EligibilityDataError(problems);
  return { rules, wording };
}

function defaultPagesRoot(dir: string): string | false {
  const root = resolve(dir, '..');
  return existsSync(join(root, sourceLocale, 'partner-center')) ? root : false;
}

/** The ids a page's headings get on the site (src/lib/mdx/): none when the page is not valid MDX (the content check says why). */
function headingIds(file: string): string[] {
  try {
    return readPage(readFileSync(file, 'utf8'), file).headings.map((heading) => heading.id);
  } catch (error) {
    if (error instanceof MdxSyntaxError) return [];
    throw error;
  }
}

/** Every relative link of the rules reaches an English page, and a heading of it for `#anchor`. */
function checkLinks(rules: EligibilityRules, pagesRoot: string, file: string): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  const fieldOf = (id: string) => {
    for (const [list, items] of [['criteria', rules.criteria], ['verdicts', rules.verdicts]] as const) {
      for (const [i, item] of items.entries()) {
        const k = item.links.findIndex((l) => l.id === id);
        if (k >= 0) return `${list}.${i}.links.${k}.href`;
      }
    }
    return '';
  };
  for (const link of linksOf(rules)) {
    const target = parsePageHref(link.href);
    if (!target) continue;
    const { slug, anchor } = target;
    const page = join(pagesRoot, sourceLocale, 'partner-center', `${slug}.mdx`);
    const shown = relative(process.cwd(), page);
    if (!existsSync(page)) {
      problems.push({ file, field: fieldOf(link.id), message: `link "${link.id}" goes to "${link.href}", but there is no page ${shown}; expected the slug of an English page` });
      continue;
    }
    if (anchor) {
      const ids = headingIds(page);
      if (!ids.includes(anchor)) {
        problems.push({
          file,
          field: fieldOf(link.id),
          message: `link "${link.id}" goes to "#${anchor}", which is not a heading of ${shown}; expected one of ${ids.map((id) => `"${id}"`).join(', ')}`,
        });
      }
    }
  }
  return problems;
}
