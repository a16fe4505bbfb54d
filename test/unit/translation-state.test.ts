/** A translation's state from its recorded source hash and the English page's hash now. */
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/lib/source-hash.ts';
import { translationState } from '../../src/lib/translation-state.ts';
import { translationFreshness } from '../../src/lib/translation-status.ts';

const english = { title: 'Reset a user password', description: 'How an admin resets it.', body: '\n## Steps \\{#steps\\}\n\n1. Sign in.\n' };
const hash = sourceHash(english);

describe('translation state', () => {
  it('is up to date while the English page is the one translated, and stale once it changes', () => {
    const page = { translation: { type: 'human' as const, sourceHash: hash } };
    expect(translationState('ja-jp', page, { hash, date: '2026-11-01' })).toEqual({ kind: 'translated', type: 'human', freshness: 'fresh', sourceUpdated: '2026-11-01' });
    const changed = sourceHash({ ...english, body: `${english.body}2. Reset the password.\n` });
    expect(translationState('ja-jp', page, { hash: changed, date: '2026-11-21' })).toMatchObject({ freshness: 'stale', sourceUpdated: '2026-11-21' });
  });

  it('ignores line endings and trailing spaces in the English page', () => {
    expect(sourceHash({ ...english, body: english.body.replace(/\n/g, '  \r\n') })).toBe(hash);
  });

  it('accepts a shortened hash, and says "unknown" without one', () => {
    expect(translationFreshness(hash.slice(0, 7), hash)).toBe('fresh');
    expect(translationFreshness(hash.slice(0, 6), hash)).toBe('stale');
    expect(translationFreshness(undefined, hash)).toBe('unknown');
  });

  it('the source page and a missing translation have states of their own', () => {
    expect(translationState('en-us', {}, { hash, date: undefined })).toEqual({ kind: 'source' });
    expect(translationState('ko-kr', undefined, { hash, date: undefined })).toEqual({ kind: 'missing' });
    expect(translationState('en-us', undefined, undefined)).toEqual({ kind: 'missing' });
    expect(translationState('ko-kr', { translation: { type: 'machine' } }, { hash, date: undefined })).toMatchObject({ type: 'machine', freshness: 'unknown' });
  });
});
