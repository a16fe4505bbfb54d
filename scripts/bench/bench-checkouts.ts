/**
 * The two versions the dev-loop bench runs side by side, each a temporary `git worktree` in the
 * system's temp folder, removed afterwards (also on Ctrl-C):
 *
 *   this  HEAD, with the working tree's uncommitted changes and untracked files copied over it
 *   base  a git ref (`--base`, default main), detached
 *
 * Neither runs in the repository itself, so the bench never edits its content/, never replaces
 * its .astro data store with a corpus's, and can clear each version's caches for a cold start.
 * node_modules is not in git: a worktree whose package-lock.json is the repository's gets a
 * node_modules folder of links to the entries of the repository's node_modules, leaving out Vite's
 * and Astro's caches (.vite, .astro, .cache) so that each worktree writes its own; a worktree whose
 * lock differs (a base before a dependency change) gets its own by `npm ci`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onCleanup } from './cleanup.ts';

export interface BenchCheckout {
  dir: string;
  /** `this` or the base ref as given. */
  label: string;
  /** The commit's short sha, with `+ changes` when uncommitted changes were copied over it. */
  version: string;
  remove(): void;
}

const git = (repo: string, args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const cacheEntries = new Set(['.vite', '.astro', '.cache']);

function addWorktree(repo: string, commit: string, label: string): { dir: string; remove: () => void } {
  const dir = join(mkdtempSync(join(tmpdir(), `partner-docs-${label.replace(/[^\w.-]+/g, '-')}-`)), 'checkout');
  git(repo, ['worktree', 'add', '--detach', dir, commit]);
  const remove = onCleanup(() => {
    try {
      git(repo, ['worktree', 'remove', '--force', dir]);
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
      git(repo, ['worktree', 'prune']);
    }
  });
  try {
    if (readFileSync(join(dir, 'package-lock.json'), 'utf8') !== readFileSync(join(repo, 'package-lock.json'), 'utf8')) {
      // The base's dependencies differ (a parser added or removed): it gets its own, as its lock says.
      execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
      return { dir, remove };
    }
    const modules = realpathSync(join(repo, 'node_modules'));
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(modules)) {
      if (!cacheEntries.has(entry)) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry));
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/** `ref` (a branch, tag or sha) checked out detached. */
export function checkoutOfRef(repo: string, ref: string): BenchCheckout {
  const sha = git(repo, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]).trim();
  const { dir, remove } = addWorktree(repo, sha, ref);
  return { dir, label: ref, version: sha.slice(0, 7), remove };
}

/** HEAD with the working tree's changes: modified and deleted tracked files, untracked files. */
export function checkoutOfWorkingTree(repo: string): BenchCheckout {
  const sha = git(repo, ['rev-parse', 'HEAD']).trim();
  const { dir, remove } = addWorktree(repo, sha, 'this');
  const split = (out: string) => out.split('\0').filter(Boolean);
  // node_modules may be an (untracked) link to another checkout's: the worktree has its own.
  const changed = [...split(git(repo, ['diff', '--name-only', '-z', 'HEAD'])), ...split(git(repo, ['ls-files', '-z', '--others', '--exclude-standard']))].filter((file) => file !== 'node_modules');
  for (const file of changed) {
    const from = join(repo, file);
    const to = join(dir, file);
    if (existsSync(from)) {
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    } else rmSync(to, { force: true });
  }
  return { dir, label: 'this', version: `${sha.slice(0, 7)}${changed.length ? ' + changes' : ''}`, remove };
}
