/**
 * A role headed by a noun for a business, a body or an outlet makes its speaker an organisation ("Brightmart,
 * the discount retailer, said"); a role headed by a person's noun, or a name with a known first name,
 * stays a person.
 */
import { describe, expect, test } from 'vitest';
import { describesThing } from '../../../../src/core/quotes/speaker-thing-role';
import { speakerKinds as kinds } from '../../../helpers/quotes';

describe('a role that describes a thing', () => {
  test.each([
    [['Brightmart, the discount retailer based in Ohio, said it would close 40 stores next year.'], 'Brightmart'],
    [['Velora, a ride-hailing company, said that drivers would get raises.'], 'Velora'],
    [['“We are growing,” said Ambrose, the Dutch bank.'], 'Ambrose'],
    [['Kettering Hollis, the Canadian mining company, said output fell by a third this year.'], 'Kettering Hollis'],
    [['“Prices will rise,” Tessly said.', 'Tessly, a streaming platform, added that it would raise fees in May.'], 'Tessly'],
  ])('is an organisation: %j', (paragraphs, name) => {
    expect(kinds(paragraphs)).toContainEqual([name, 'organization']);
  });

  test.each([
    [['Marta Lind, the company’s founder, said the plan was sound.'], 'Marta Lind'],
    [['Okafor, chief executive of the retailer, said sales fell sharply in the spring.'], 'Okafor'],
    [['Dana Brill, a University of Leeds professor, said the data was thin.'], 'Dana Brill'],
    [['Mel Hartigan, a Florida developer, said the tower would rise by June.'], 'Mel Hartigan'],
    [['Quarry, a spokesman for the bank, said rates would hold.'], 'Quarry'],
  ])('hard negative: stays a person: %j', (paragraphs, name) => {
    expect(kinds(paragraphs)).toContainEqual([name, 'person']);
  });

  test.each([
    ['discount retailer based in Ohio', true],
    ['ride-hailing company', true],
    ['Canadian mining company', true],
    ['Fox News', false],
    ['University of Leeds professor', false],
    ['company’s founder', false],
    ['head of the bank', false],
    ['', false],
  ])('head of %j describes a thing: %s', (role, thing) => {
    expect(describesThing(role)).toBe(thing);
  });
});
