/**
 * One run's view of every page: its entry (hash, summary, cached messages) by file and by
 * `locale/slug`. It answers the rules' questions about other pages (context.ts), and loads a
 * page's model only when a page is checked: parsed in this run, else from the pack, else parsed
 * again from the file.
 *
 * A question is `page:<locale>/<slug>` (answer: that page's hash, or "" when there is none),
 * `slugs:<locale or *>` (the hash of the list) or `file:<absolute path>` ("1" or "0").
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { CacheEntry } from './cache-entry.ts';
import type { PackReader } from './pack.ts';
import type { PageLookup } from './context.ts';
import type { PageModel } from './model.ts';

/** Reads and parses a file (pool.ts `extractFile`). */
export type Parse = (root: string, file: string) => PageModel;

export class Catalogue implements PageLookup {
  readonly root: string;
  readonly publicDir: string;
  /** Models parsed in this run, and models the pack could not give back (parsed again): both go into the pack. */
  readonly newModels: Map<string, PageModel>;
  /** Parses a file; set before any page is checked. */
  parse: Parse | undefined;
  readonly #entries: ReadonlyMap<string, CacheEntry>;
  readonly #reader: PackReader | undefined;
  readonly #byKey = new Map<string, string>();
  readonly #loaded = new Map<string, PageModel>();
  readonly #answers = new Map<string, string>();
  readonly #slugs = new Map<string, string[]>();

  constructor(options: { root: string; publicDir: string; entries: ReadonlyMap<string, CacheEntry>; parsed: ReadonlyMap<string, PageModel>; reader: PackReader | undefined }) {
    this.root = options.root;
    this.publicDir = options.publicDir;
    this.#entries = options.entries;
    this.#reader = options.reader;
    this.newModels = new Map(options.parsed);
    for (const [file, entry] of options.entries) {
      if (entry.summary.locale && entry.summary.slug) this.#byKey.set(`${entry.summary.locale}/${entry.summary.slug}`, file);
    }
  }

  /** Whether a file `locale/partner-center/slug.mdx` exists, parsed or not. */
  exists(locale: string, slug: string): boolean {
    return this.#byKey.has(`${locale}/${slug}`);
  }

  answer(question: string): string {
    let answer = this.#answers.get(question);
    if (answer === undefined) {
      const colon = question.indexOf(':');
      const kind = question.slice(0, colon);
      const subject = question.slice(colon + 1);
      if (kind === 'page') {
        const file = this.#byKey.get(subject);
        answer = file ? this.#entries.get(file)!.hash : '';
      } else if (kind === 'slugs') {
        answer = createHash('sha1').update(this.slugs(subject === '*' ? undefined : subject).join('\n')).digest('hex');
      } else if (kind === 'file') {
        answer = existsSync(subject) ? '1' : '0';
      } else {
        answer = `unknown question ${question}`; // an old cache's question: never the recorded answer
      }
      this.#answers.set(question, answer);
    }
    return answer;
  }

  model(key: string): PageModel | undefined {
    const file = this.#byKey.get(key);
    return file === undefined ? undefined : this.modelOf(file);
  }

  modelOf(file: string): PageModel {
    let model = this.newModels.get(file) ?? this.#loaded.get(file);
    if (model) return model;
    const entry = this.#entries.get(file)!;
    model = this.#reader?.read(entry.at, entry.hash);
    if (model) {
      this.#loaded.set(file, model);
    } else {
      model = this.parse!(this.root, file);
      this.newModels.set(file, model);
    }
    return model;
  }

  slugs(locale: string | undefined): readonly string[] {
    const scope = locale ?? '*';
    let slugs = this.#slugs.get(scope);
    if (!slugs) {
      const set = new Set<string>();
      for (const entry of this.#entries.values()) {
        const { summary } = entry;
        if (summary.fatal || !summary.slug || !summary.locale) continue;
        if (locale === undefined || summary.locale === locale) set.add(summary.slug);
      }
      this.#slugs.set(scope, (slugs = [...set].sort()));
    }
    return slugs;
  }
}
