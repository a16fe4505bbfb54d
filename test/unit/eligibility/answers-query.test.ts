/**
 * Answers in the URL query: parseAnswers keeps known keys with known values and drops the rest;
 * serializeAnswers writes applicable answers in question order; the two round-trip.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { evaluate, maxValueLength, parseAnswers, serializeAnswers } from '../../../src/lib/eligibility.ts';
import { maxIdLength } from '../../../src/schemas/eligibility/fields.ts';
import { allAnswerSets, describeAnswers, expectedResult, rawRules, rules } from './helpers.ts';

describe('parseAnswers', () => {
  it('reads location.search, with or without the "?", and URLSearchParams', () => {
    const expected = { 'partner-type': 'direct-reseller', mpn: 'yes' };
    expect(parseAnswers(rules, '?partner-type=direct-reseller&mpn=yes')).toEqual(expected);
    expect(parseAnswers(rules, 'partner-type=direct-reseller&mpn=yes')).toEqual(expected);
    expect(parseAnswers(rules, new URLSearchParams('partner-type=direct-reseller&mpn=yes'))).toEqual(expected);
    expect(parseAnswers(rules, '')).toEqual({});
    expect(parseAnswers(rules, '?')).toEqual({});
  });

  it('drops markup and script in keys and values', () => {
    expect(parseAnswers(rules, '?mpn=<script>alert(1)</script>&<script>=yes&competency=yes')).toEqual({ competency: 'yes' });
    expect(parseAnswers(rules, `?mpn=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`)).toEqual({});
    expect(parseAnswers(rules, '?mpn=javascript:alert(1)')).toEqual({});
  });

  it('drops very long values and keys (10 000 characters)', () => {
    const long = 'y'.repeat(10_000);
    expect(parseAnswers(rules, `?mpn=${long}&competency=yes`)).toEqual({ competency: 'yes' });
    expect(parseAnswers(rules, `?${'mpn'.repeat(3_334)}=yes`)).toEqual({});
    expect(parseAnswers(rules, `?mpn=yes${long}`)).toEqual({});
    // The length limit never rejects a real value: ids are shorter by schema.
    expect(maxIdLength).toBeLessThanOrEqual(maxValueLength);
  });

  it('a repeated key: the first valid value wins, invalid ones before it are skipped', () => {
    expect(parseAnswers(rules, '?mpn=no&mpn=yes')).toEqual({ mpn: 'no' });
    expect(parseAnswers(rules, '?mpn=maybe&mpn=&mpn=yes&mpn=no')).toEqual({ mpn: 'yes' });
    expect(parseAnswers(rules, '?partner-type=other&partner-type=direct-reseller')).toEqual({ 'partner-type': 'other' });
  });

  it('drops unknown keys, including prototype names', () => {
    expect(parseAnswers(rules, '?utm_source=mail&lang=ja&__proto__=yes&constructor=yes&toString=no&mpn=yes')).toEqual({ mpn: 'yes' });
    const parsed = parseAnswers(rules, '?__proto__[mpn]=yes');
    expect(Object.keys(parsed)).toEqual([]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('is case-sensitive: keys and values in another case are unknown', () => {
    expect(parseAnswers(rules, '?MPN=yes&Partner-Type=other&competency=YES&mpn=Yes')).toEqual({});
  });

  it('drops empty values and stray spaces', () => {
    expect(parseAnswers(rules, '?mpn=&competency&partner-type=%20other&reseller-agreement=yes+')).toEqual({});
  });

  it('decodes percent-encoding like a browser does', () => {
    expect(parseAnswers(rules, '?partner-type=direct%2Dreseller&%6Dpn=yes')).toEqual({ 'partner-type': 'direct-reseller', mpn: 'yes' });
  });

  it('keeps answers to questions that do not apply (switching back restores them); evaluate ignores them', () => {
    const parsed = parseAnswers(rules, '?partner-type=other&mpn=no');
    expect(parsed).toEqual({ 'partner-type': 'other', mpn: 'no' });
    expect(evaluate(rules, parsed).unmet).toEqual(['csp-reseller']);
  });

  it('fuzz: whatever the query, only known keys with known values come out', () => {
    const known = new Map(rules.questions.map((q) => [q.id, q.answers.map((a) => a.value)]));
    const alphabet = ['mpn', 'yes', 'no', '=', '&', '?', '%', '<', '>', '"', ' ', '+', '#', 'partner-type', 'other', '\u0000', 'é', '%E0%A4%A'];
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2_000; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      for (const [key, value] of Object.entries(parseAnswers(rules, query))) {
        expect(known.get(key), query).toContain(value);
      }
    }
  });
});

describe('serializeAnswers', () => {
  it('writes applicable answered questions only, in question order, without "?"', () => {
    expect(
      serializeAnswers(rules, { competency: 'yes', 'distributor-agreement': 'no', mpn: 'unsure', 'partner-type': 'direct-reseller', 'reseller-agreement': 'yes' }),
    ).toBe('partner-type=direct-reseller&mpn=unsure&reseller-agreement=yes&competency=yes');
  });

  it('writes nothing for no answers, and only the partner type for "other"', () => {
    expect(serializeAnswers(rules, {})).toBe('');
    expect(serializeAnswers(rules, { mpn: 'yes' })).toBe('');
    expect(serializeAnswers(rules, { 'partner-type': 'other', mpn: 'no', competency: 'yes' })).toBe('partner-type=other');
  });

  it('leaves out unknown values', () => {
    expect(serializeAnswers(rules, { 'partner-type': 'indirect-reseller', mpn: '<b>', competency: 'no' })).toBe('partner-type=indirect-reseller&competency=no');
  });

  it('round trip: parse(serialize(answers)) keeps exactly the applicable answers, and the verdict', () => {
    let checked = 0;
    for (const answers of allAnswerSets()) {
      const query = serializeAnswers(rules, answers);
      const back = parseAnswers(rules, `?${query}`);
      const before = evaluate(rules, answers);
      expect(back, describeAnswers(answers)).toEqual(before.answers);
      expect(evaluate(rules, back).verdict, describeAnswers(answers)).toBe(expectedResult(answers).verdict);
      expect(serializeAnswers(rules, back)).toBe(query);
      checked++;
    }
    expect(checked).toBe(5 * 4 ** 5);
  });
});

describe('the evaluator module, for the browser bundle', () => {
  const source = readFileSync(join(import.meta.dirname, '../../../src/lib/eligibility.ts'), 'utf8');

  it('imports nothing at run time (no zod, no Node, no Astro)', () => {
    const imports = source.match(/^\s*import\s(?!type\s).*$/gm) ?? [];
    expect(imports).toEqual([]);
  });

  it('is small: under 1.5 KB minified and gzipped, and the rules JSON under 1 KB gzipped', () => {
    const minified = transformSync(source, { loader: 'ts', minify: true, format: 'esm' }).code;
    expect(gzipSync(minified).length).toBeLessThan(1_500);
    expect(gzipSync(JSON.stringify(rawRules)).length).toBeLessThan(1_000);
  });
});
