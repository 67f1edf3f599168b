/**
 * A name the article describes with ", which" or "and its" is a thing (a company, a site, a body), so it
 * is listed as an organisation however it looks; a name described with "who" or "and her", or one the
 * article ties to "he" or "she", stays a person.
 */
import { describe, expect, test } from 'vitest';
import { thingNames } from '../../../../src/core/quotes/speaker-thing-names';
import type { Paragraph } from '../../../../src/core/quotes/model';
import { speakerKinds as kinds } from '../../../helpers/quotes';

describe('a name the article calls a thing', () => {
  test.each([
    [['Brightway, which runs buses in four towns, said fares would rise in June.'], 'Brightway'],
    [['The app has grown fast.', 'Parcelo, which delivers groceries, said its riders earn more than ever.'], 'Parcelo'],
    [['“We are proud of our drivers,” Velo Haus said.', 'Velo Haus, which started as a bike shop, now has 40 stores.'], 'Velo Haus'],
    [['Corvane said sales fell in the spring.', 'Corvane and its suppliers have cut prices twice.'], 'Corvane'],
    [['Fares rose again in Ohio. Velora, which runs buses in four towns, said fares would rise again.'], 'Velora'],
    [['Quillon said sales fell in the spring.', 'Quillon CEO Dana Kell has promised a turnaround.'], 'Quillon'],
    [['Harwick Foods said prices would fall by June.', 'Tessmark bought Harwick Foods in 2021 for $2 billion.'], 'Harwick Foods'],
    [['Corvane said sales fell in the spring.', 'Shares of Corvane dropped 4 percent on the news.'], 'Corvane'],
    [['Tessly said fees would rise in May.', 'Tessly’s shares fell 4 percent on Monday.'], 'Tessly'],
    [['Crowds gathered in Port Alder on Sunday.', 'Port Alder said the march could go ahead.'], 'Port Alder'],
  ])('is an organisation: %j', (paragraphs, name) => {
    expect(kinds(paragraphs)).toContainEqual([name, 'organization']);
  });

  test.each([
    [['Marta Lind, who runs the port, said fares would rise in June.'], 'Marta Lind'],
    [['Okafor said sales fell in the spring.', 'Okafor and her staff have cut prices twice.'], 'Okafor'],
    [['The prize went to Jordan Hale, which surprised the jury. “I never expected it,” Hale said.'], 'Jordan Hale'],
    [['Brightway, which runs buses, said fares would rise.', 'Tom Brightway, the founder, said he was sorry.'], 'Tom Brightway'],
    [['Osei said the plan was bad.', 'He added that Osei, which is his family name, means noble.'], 'Osei'],
    [['Okafor said the deal was fair.', 'Tessmark bought Okafor’s stake in the firm last year.'], 'Okafor'],
    [['Dana Kell said sales fell in the spring.', 'Dana Kell, the founder, has promised a turnaround.'], 'Dana Kell'],
    [['Okafor said the vote was close.', 'Okafor’s supporters have rallied outside the hall.'], 'Okafor'],
    [['Voters in Okafor’s district said the vote was close.', 'Okafor said the count was fair.'], 'Okafor'],
  ])('hard negative: stays a person: %j', (paragraphs, name) => {
    expect(kinds(paragraphs)).toContainEqual([name, 'person']);
  });

  test('a run of capitalised words with no cue after it reads in one pass (hostile input)', () => {
    const huge = { text: `${'Abcd '.repeat(40_000)}and Zed, which runs.` } as Paragraph;
    expect([...thingNames([huge])]).toEqual([]);
    expect([...thingNames([{ text: 'Velora, which runs buses.' } as Paragraph])]).toEqual(['velora']);
  });
});
