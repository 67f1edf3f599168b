/** The eval's boilerplate counter: which lines of an extraction count as page furniture, and of what kind. */
import { describe, expect, test } from 'vitest';
import { boilerplateKind } from '../../../scripts/eval/boilerplate-lines';

describe('boilerplate lines', () => {
  test.each([
    ['Story continues below advertisement', 'ad-break'],
    ['Share this article', 'share'],
    ['[Read: Why the port reopened after the storm]', 'related'],
    ['RELATED: Council votes on the budget', 'related'],
    ['Sign up for Harbor Notes, a weekly newsletter', 'newsletter'],
  ])('%j is %s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });

  test.each([
    ['The council voted on Tuesday to approve the budget.'],
    ['WATCH: Crowds gather at the border crossing'],
    ['Readers wrote in: the port must reopen.'],
  ])('hard negative: %j is article text', (line) => {
    expect(boilerplateKind(line)).toBeNull();
  });
});
