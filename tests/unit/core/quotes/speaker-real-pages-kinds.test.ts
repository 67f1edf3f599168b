/**
 * Person or organisation, as the popup lists speakers: institutions, groups written as names, plural
 * common nouns opening a sentence, publications, and documents or proceedings are organisations; people
 * stay people. Rows are paragraphs in, [speaker, kind] out (all sentences written for these tests).
 */
import { describe, expect, test } from 'vitest';
import { collectiveKind } from '../../../../src/core/quotes/speaker-kind';
import { speakerKinds as kinds } from '../../../helpers/quotes';

describe('collective speakers are organisations', () => {
  test.each<[string, string[], [string, string][]]>([
    ['a name ending in "Nations"', ['The United Nations says the crisis may be the worst in a decade.'], [['United Nations', 'organization']]],
    ['a name ending in "Forces"', ['The Northern Defence Forces said the town had fallen.'], [['Northern Defence Forces', 'organization']]],
    ['a party group written as a name', ['The Highland Conservatives said the minister must resign.'], [['Highland Conservatives', 'organization']]],
    ['a plural noun the article also writes in lower case', ['Insurgents said the town had fallen.', 'The insurgents were tired.'], [['Insurgents', 'organization']]],
    ['a plural of an institution word opening the sentence', ['Unions said the strike would go ahead.'], [['Unions', 'organization']]],
    ['a publication named by its periodical word', ['Techweek said the chip was delayed.'], [['Techweek', 'organization']]],
    ['a document as the subject', ['The timeline says the committee requested the records in March.'], [['the timeline', 'organization']]],
    ['an invitation as the subject', ['The invite said “dress warmly,” and we did.'], [['the invite', 'organization']]],
    ['a proceeding as the subject', ['The inquiry said the messages had to be handed over by May.'], [['the inquiry', 'organization']]],
    ['a party known by one word', ['Labour said the plan was bad.'], [['Labour', 'organization']]],
    ['a movement known by one word', ['Hamas said the truce would hold.'], [['Hamas', 'organization']]],
    ['one member of a party, as written', ['One Tory said the plan was bad.'], [['one Tory', 'person']]],
    ['a quantifier standing for several people', ['Many would argue that the bridge came too late.'], [['Many', 'organization']]],
    ['"Some" standing for several people', ['Some say the ferry should stay.'], [['Some', 'organization']]],
    // hard negatives: people whose names end like plurals, a first name before a plural noun, a surname the
    // article gives in full
    ['hard negative: a surname ending in "s"', ['Chris Evans said the film was done.'], [['Chris Evans', 'person']]],
    ['hard negative: a first name before a role plural', ['Peter Fellows said the vote was close.'], [['Peter Fellows', 'person']]],
    ['hard negative: a surname that is also a plural word', ['Maxine Rivers said the bill was dead.', 'The rivers rose.', '“No,” Rivers said.'], [['Maxine Rivers', 'person']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(kinds(paragraphs)).toEqual(expected);
  });
});

describe('the kind rules alone', () => {
  test.each<[string, string, string[], 'org' | 'group' | null]>([
    ['plural people noun', 'Senate Democrats', [], 'group'],
    ['plural of a role word', 'Scottish Conservatives', [], 'group'],
    ['common plural', 'Rebels', ['rebels'], 'group'],
    ['plural of an institution word', 'Groups', [], 'group'],
    ['outlet word', 'Newsweek', [], 'org'],
    ['a newspaper named with "Daily"', 'Brookfield Daily Star', [], 'org'],
    ['a newspaper named by its word', 'Harbor Gazette', [], 'org'],
    ['a news site named "Online"', 'Tidewater Online', [], 'org'],
    ['hard negative: "Daily" as a surname', 'Paul Daily', [], null],
    ['hard negative: a plural the article never writes in lower case', 'Sanders', [], null],
    ['hard negative: a person', 'Jackie Balfour', [], null],
  ])('%s', (_name, name, common, expected) => {
    expect(collectiveKind(name, new Set(common))).toBe(expected);
  });
});
