import { describe, expect, it } from 'vitest';
import { pageFields, pageSchema } from '../../src/schemas/page.ts';
import { describeIssues, formatProblems } from '../../src/lib/schema-issues.ts';

const problems = (data: unknown) => {
  const result = pageSchema.safeParse(data);
  return result.success ? '' : formatProblems(describeIssues(result.error.issues, pageFields));
};

describe('page front matter', () => {
  it('accepts a complete page, and a YAML date object as a date', () => {
    const result = pageSchema.parse({
      title: 'T',
      description: 'D',
      date: new Date('2019-03-05T00:00:00Z'),
      appliesTo: ['Partner Center'],
      translation: { type: 'machine', sourceHash: '8387fd08a6826b0984e491d34ceba76266af59ab', sourceDate: '2019-03-05' },
    });
    expect(result.date).toBe('2019-03-05');
  });

  it('says which required field is missing or empty', () => {
    expect(problems({ description: 'D' })).toBe('title: a title is required');
    expect(problems({ title: ' ', description: 'D' })).toBe('title: a title must not be empty');
  });

  it('explains a bad date, a bad translation type and a bad hash', () => {
    expect(problems({ title: 'T', description: 'D', date: '03/05/2019' })).toBe(
      'date: expected a date written as YYYY-MM-DD, for example 2019-03-05',
    );
    expect(problems({ title: 'T', description: 'D', translation: { type: 'MT' } })).toBe(
      'translation.type: expected one of "source", "human", "machine"',
    );
    expect(problems({ title: 'T', description: 'D', translation: { type: 'human', sourceHash: 'xyz' } })).toBe(
      'translation.sourceHash: expected a hexadecimal hash (7 to 64 characters)',
    );
  });

  it('names an unknown field and suggests the closest known one', () => {
    expect(problems({ title: 'T', description: 'D', tittle: 'x' })).toBe('tittle: unknown field "tittle"; did you mean "title"?');
    expect(problems({ title: 'T', description: 'D', 'ms.topic': 'article' })).toBe(
      'ms.topic: unknown field "ms.topic"; remove it or check its spelling',
    );
  });
});

describe('pageFields', () => {
  it('lists exactly the schema fields (for did-you-mean)', () => {
    expect([...pageFields].sort()).toEqual(Object.keys(pageSchema.shape).sort());
  });
});
