/** The language links keep the reader's place: query string (checker answers) and #anchor. */
import { describe, expect, it } from 'vitest';
import { carryReaderState } from '../../src/lib/reader-state.ts';

describe('carryReaderState', () => {
  const href = '/ja-jp/partner-center/partner-incentives-is-now-on-partner-center/';
  it('adds the query string and the hash', () => {
    expect(carryReaderState(href, '?partner-type=other', '#qualify')).toBe(`${href}?partner-type=other#qualify`);
    expect(carryReaderState(href, 'mpn=yes', 'x')).toBe(`${href}?mpn=yes#x`);
  });
  it('leaves the link alone when the reader has neither', () => {
    expect(carryReaderState(href, '', '')).toBe(href);
    expect(carryReaderState(href, '?', '#')).toBe(href);
  });
  it('replaces the link\'s own query and hash with the reader\'s, keeps them otherwise', () => {
    expect(carryReaderState(`${href}?a=1#old`, '?mpn=no', '#new')).toBe(`${href}?mpn=no#new`);
    expect(carryReaderState(`${href}?a=1#old`, '', '')).toBe(`${href}?a=1#old`);
    expect(carryReaderState(`${href}#old`, '?mpn=no', '')).toBe(`${href}?mpn=no#old`);
  });
});
