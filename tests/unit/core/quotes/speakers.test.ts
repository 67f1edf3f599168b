/**
 * Who speaks: names with titles and appositions, organisations, surname and pronoun references,
 * and what is never a speaker. Rows are paragraphs in, speakers (name, role, kind) out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';
import { quoteSpeakers } from '../../../helpers/quotes';

const speakersOf = (paragraphs: string[], notSpeakers?: string[]) =>
  findQuotes(paragraphs, notSpeakers ? { notSpeakers } : {}).speakers.map((s) => [s.name, s.role, s.kind]);

describe('names, titles and roles', () => {
  test.each([
    ['title before the name', 'Foreign Minister Petra Lindqvist said talks would go on.', ['Petra Lindqvist', 'Foreign Minister', 'person']],
    ['long title', 'U.S. Secretary of State Marcus Haverty said talks would go on.', ['Marcus Haverty', 'U.S. Secretary of State', 'person']],
    ['lower-case role before the name', 'Kremlin spokesman Oleg Varin said talks would go on.', ['Oleg Varin', 'Kremlin spokesman', 'person']],
    ['apposition before the verb', 'Chris Weston, chief market strategist at Pepperstone, said markets would rise.', ['Chris Weston', 'chief market strategist at Pepperstone', 'person']],
    ['apposition after an inverted verb', '“We are ready,” said Alexei Zaitsev, a ministry spokesman.', ['Alexei Zaitsev', 'ministry spokesman', 'person']],
    ['role first, name in apposition', 'A senior official, Vladimir Ermakov, said talks would go on.', ['Vladimir Ermakov', 'senior official', 'person']],
    ['possessive affiliation', 'Tolland’s spokeswoman Dana Whitlow said the rally would go ahead.', ['Dana Whitlow', 'Tolland’s spokeswoman', 'person']],
    ['honorific is not a role', 'Mr. Owen Talbot said the rally would go ahead.', ['Owen Talbot', null, 'person']],
    ['a relative clause is not a role', 'Putin, who has not spoken for weeks, said talks would go on.', ['Putin', null, 'person']],
    ['a first name that is also a word', '“It is a pricey design,” said Will Danby, a lecturer.', ['Will Danby', 'lecturer', 'person']],
    ['name with details in commas (the place after the age is what the text tells of her)', '“That scares me,” Nadia Ferreira, 41, of Tulsa, who answered the survey, said.', ['Nadia Ferreira', 'of Tulsa', 'person']],
    ['a party tag in parentheses', '“That is false,” Sen. Laura Brenn (D-N.M.), said on Friday.', ['Laura Brenn', 'Sen.', 'person']],
    ['a party tag and an apposition', '“They would fix it,” Rep. Carl Huxley (R-Iowa), a budget panel member, said.', ['Carl Huxley', 'Rep.', 'person']],
    ['a credit after a dash', '“She stands for our oldest habits.” ― Mirela Ostrow', ['Mirela Ostrow', null, 'person']],
    ['an affiliation after "of"', 'Tobias Renn of The Lantern asked whether the minutes would be published.', ['Tobias Renn', null, 'person']],
    ['a surname that looks like a participle', 'To that, Golding added: “A deal is a deal whatever happens.”', ['Golding', null, 'person']],
    ['a sentence-opening adverb is not a name', 'Interestingly Brandauer said the vote had changed nothing.', ['Brandauer', null, 'person']],
    ['a capitalised description before the name', 'Journalist Rafael Moreno said the figures were wrong.', ['Rafael Moreno', 'Journalist', 'person']],
    ['a church title', 'Archbishop Levon Tashjian said the parish would help.', ['Levon Tashjian', 'Archbishop', 'person']],
    ['an abbreviated priest’s title', '“We have to move,” said Fr. Dennis Arlow.', ['Dennis Arlow', 'Fr.', 'person']],
    ['a compound description before the name', 'Ohio-based Greg Lindell said the campaign was stalling.', ['Greg Lindell', 'Ohio-based', 'person']],
    ['hard negative: a hyphenated surname stays in the name', 'Mary Smith-Jones said the campaign was stalling.', ['Mary Smith-Jones', null, 'person']],
    ['possessive affiliation with a plural', 'Harbor Analytics’ Paul Arden said the data was clear.', ['Paul Arden', 'Harbor Analytics’', 'person']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakersOf([paragraph])).toEqual([expected]);
  });
});

describe('organisations and groups', () => {
  test.each([
    ['acronym', 'NATO said it would not compromise its core principles.', ['NATO', null, 'organization']],
    ['a transcript speaker in capitals is a person', 'PENCE: We will win this debate on Tuesday.', ['PENCE', null, 'person']],
    ['ministry as a noun phrase', 'The Russian foreign ministry said the best way was dialogue.', ['the Russian foreign ministry', null, 'organization']],
    ['capitalised organisation', 'The State Department said the talks would go on.', ['State Department', null, 'organization']],
    ['a country speaking', 'Russia said on Thursday it was ready for talks.', ['Russia', null, 'organization']],
    ['a group of people', 'Officials said the talks would go on.', ['Officials', null, 'organization']],
    ['a source', 'The talks will go on, a source said.', ['a source', null, 'person']],
    ['a campaign speaks as a body', 'The campaign said the rally would go ahead.', ['the campaign', null, 'organization']],
    ['an ad speaks as a body', 'The ad says Clinton lied about the emails.', ['the ad', null, 'organization']],
    ['a ruling speaks as a body', 'The ruling said the law was void.', ['the ruling', null, 'organization']],
    ['a number word and "of" head a group', 'Hundreds of nurses said the ward was full.', ['Hundreds of nurses', null, 'organization']],
    ['a city speaks as its government', 'The pier will shut for a month, the city said on Monday.', ['the city', null, 'organization']],
    ['hard negative: an unlisted agent noun is a person', 'The announcer said the show would go on.', ['the announcer', null, 'person']],
    ['a source phrase ending in a name after a role (the role read from the same mention)', 'Charges were dropped, according to a motion paper filed by county attorney Ellen Voss.', ['Ellen Voss', 'county attorney', 'person']],
    ['a source phrase ending in a person’s name after "from"', 'The talks will go on, according to a letter from Philip Talbot.', ['Philip Talbot', null, 'person']],
    ['hard negative: a spokesman for a named person speaks himself', 'The talks will go on, according to a spokesman for mayoral candidate Rosa Delgado.', ['a spokesman for mayoral candidate Rosa Delgado', null, 'person']],
    ['hard negative: a place at the end of a source', 'The race is tight, according to the early surveys in New Mexico.', ['the early surveys in New Mexico', null, 'organization']],
    ['a plural description is a group', 'The deployments could resume, defense analysts said.', ['defense analysts', null, 'organization']],
    ['hard negative: a singular noun ending in -ss is one person', 'The talks will go on, a witness said.', ['a witness', null, 'person']],
    ['a group noun keeps its modifier', 'Officials at the State Department said the talks would go on.', ['Officials at the State Department', null, 'organization']],
    ['sources familiar with the matter', 'Sources familiar with the matter said the talks would go on.', ['Sources familiar with the matter', null, 'organization']],
    ['an unlisted plural noun', 'Mrs. Varga’s confidants say the move is overdue.', ['Mrs. Varga’s confidants', null, 'organization']],
    ['a news organisation', 'The Harbor Times reported that the talks would go on.', ['Harbor Times', null, 'organization']],
    ['an unnamed speaker after an inverted verb keeps its description', '“We have a pile of work ahead,” said a veteran aide to both campaigns.', ['a veteran aide to both campaigns', null, 'person']],
    ['… and its relative clause', '“It is growing worse,” said a county official who was not cleared to comment.', ['a county official who was not cleared to comment', null, 'person']],
    ['hard negative: a description after a comma is not part of the speaker', '“It is growing worse,” said a county official, who declined to be named.', ['a county official', null, 'person']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakersOf([paragraph])).toEqual([expected]);
  });

  test('TASS quoted X as saying: the speaker is X, not the agency', () => {
    expect(speakersOf(['TASS news agency quoted Ivan Dorokhin as saying the crisis was unavoidable.'])).toEqual([['Ivan Dorokhin', null, 'person']]);
  });
});

describe('references back to a speaker', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['surname → full name as introduced', ['Kremlin spokesman Oleg Varin said talks would go on.', 'Varin said Moscow needed time.'], ['Oleg Varin', 'Oleg Varin']],
    ['surname → name mentioned without a quote', ['Oleg Varin arrived in Paris on Monday.', '“We need time,” Varin said.'], ['Oleg Varin']],
    ['surname only, never introduced in full', ['Putin said talks would go on.'], ['Putin']],
    ['surname → full name introduced with a suffix', ['Pastor Samuel Okafor III arrived in Paris on Monday.', 'Okafor said the town had lost a good friend.'], ['Samuel Okafor']],
    ['surname → full name introduced with "Jr."', ['The ruling angered Martin Fenwick Jr. and his allies.', 'Fenwick said the ruling was unfair.'], ['Martin Fenwick']],
    ['surname → full name after a long capitalised title', ['Regional Political Editor Adrian Hartigan arrived in Iowa on Monday.', 'Hartigan said the party had broken its pledge.'], ['Adrian Hartigan']],
    ['surname → full name with a middle initial', ['Robert A. Kellner, a banker, runs the firm.', '“We are looking for partners,” Mr. Kellner said.'], ['Robert A. Kellner']],
    ['hard negative: an article before a surname is no initial', ['A Kellner spokesman arrived in Iowa on Monday.', '“We are looking for partners,” Mr. Kellner said.'], ['Kellner']],
    ['hard negative: a four-word name stays whole', ['Anna Maria Garcia Lopez arrived in Iowa on Monday.', 'Lopez said the party had broken its pledge.'], ['Anna Maria Garcia Lopez']],
    ['he → the latest speaker', ['Pavel Sorokin said there was hope.', 'He said Putin would decide.'], ['Pavel Sorokin', 'Pavel Sorokin']],
    [
      'he → the latest speaker, not an earlier one',
      ['Pavel Sorokin said there was hope.', 'Vladimir Ermakov said the crisis was near.', 'He said Moscow believed otherwise.'],
      ['Pavel Sorokin', 'Vladimir Ermakov', 'Vladimir Ermakov'],
    ],
    [
      'she skips a man',
      ['Greta Lindholm said the plan was ready.', 'Mr. Owen Talbot said it was not.', 'She said the vote would come soon.'],
      ['Greta Lindholm', 'Owen Talbot', 'Greta Lindholm'],
    ],
    ['the minister → the speaker with that role', ['Foreign Minister Petra Lindqvist said talks would go on.', 'The minister said Russia would stay on track.'], ['Petra Lindqvist', 'Petra Lindqvist']],
    ['the minister → the person introduced with that role who has not spoken yet', ['Foreign Minister Petra Lindqvist landed in Oslo on Monday.', '“We came to listen,” the minister told reporters.'], ['Petra Lindqvist']],
    ['the Harbor senator → the person introduced with that place and role', ['Harbor Sen. Ana Voss toured the port.', '“We will rebuild it,” the Harbor senator said.'], ['Ana Voss']],
    ['hard negative: another person named in between', ['Sen. Ana Voss toured the port on Monday.', 'Ben Kemp, her rival, stayed in the capital.', '“We will rebuild it,” the senator said.'], ['the senator']],
    ['hard negative: a place before the noun that the role does not hold', ['Sen. Ana Voss toured the port on Monday.', '“We will rebuild it,” the Harbor senator said.'], ['the Harbor senator']],
    ['a role with "of" → the speaker with that role', ['Former Secretary of State Ann Calder said talks would go on.', 'The former secretary of state said the vote would come soon.'], ['Ann Calder', 'Ann Calder']],
    ['hard negative: a role with "of" no speaker holds', ['Mayor Ann Calder said talks would go on.', 'The former secretary of state said the vote would come soon.'], ['Ann Calder', 'the former secretary of state']],
    ['a quote paragraph after its speaker', ['Jane Smith said the budget was final.', '“There will be no more money for this.”'], ['Jane Smith', 'Jane Smith']],
    ['a first name that is also a modal, opening a statement', ['Will Okonjo runs the clinic on Elm Street.', '“We are full every day,” Okonjo said.'], ['Will Okonjo']],
    ['a first name that is also a month, opening a statement', ['April Lindahl, 34, moved to the city in the spring.', '“It is loud here,” Lindahl said.'], ['April Lindahl']],
    ['hard negative: a modal opening a question', ['Will Democrats win the House?', '“We will,” Okonjo said.'], ['Okonjo']],
    ['a family name first, shared by two full names → the one named so far', ['Park Min-seo, the opposition leader, said the vote was rigged.', '“We will not accept it,” Park said.', 'Interior Minister Park Ji-hoon was not at the meeting.'], ['Park Min-seo', 'Park Min-seo']],
    // (the run is no name, so the one Velora the article names in full is the speaker)
    ['hard negative: a title-case run of common words is no full name', ['The Velora Bus Crash left 12 people hurt when the bus hit a wall.', '“We are shocked,” Velora said.', 'A Velora Transit spokesman said the crash is under review.'], ['Velora Transit', 'a Velora Transit spokesman']],
    ['a short paragraph between keeps the speaker in context', ['Jane Smith said the budget was final.', 'The council meets on Friday.', '“There will be no more money for this.”'], ['Jane Smith', 'Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('an honorific before a single name never matches a first name', () => {
    expect(quoteSpeakers(['Wen Haolin arrived in Washington.', '“There is no surplus,” Mr. Wen said.'])).toEqual(['Wen']);
  });

  test('a surname goes to the most mentioned full name', () => {
    expect(quoteSpeakers(['Maria Castell spoke first.', 'Maria Castell met donors at the home of Elena Castell.', 'Castell said she would run.'])).toEqual(['Maria Castell']);
  });

  test('a coordinated verb shares the subject, but a list of adjectives is no subject', () => {
    expect(quoteSpeakers(['Wexley admitted the date was wrong, but said his team had checked the report.'])).toEqual(['Wexley', 'Wexley']);
    expect(findQuotes(['Ukrainian, Russian and French diplomats met in Paris and agreed more talks should be held.']).speakers.map((s) => s.name)).not.toContain('Ukrainian');
  });

  test('aliases record how the text named the speaker', () => {
    const { speakers } = findQuotes(['Kremlin spokesman Oleg Varin said talks would go on.', 'Varin said Moscow needed time.']);
    expect(speakers).toEqual([{ id: 's1', name: 'Oleg Varin', role: 'Kremlin spokesman', kind: 'person', aliases: ['Varin'], quoteCount: 2 }]);
  });
});

describe('never a speaker', () => {
  test.each([
    ['credits line', ['(Additional reporting by Nikolaj Skydsgaard; Writing by Mark Trevelyan, Editing by Nick Macfie)']],
    ['byline', ['By Jane Doe']],
    ['photo credit', ['Photo: Jane Doe said nothing (Getty Images)']],
  ])('%s', (_name, paragraphs) => {
    expect(findQuotes(paragraphs)).toEqual({ speakers: [], quotes: [] });
  });

  test.each([['“We are ready,” said Nevada.'], ['The plan is dead, N.Y., said.']])('a US state is not a speaker: %s', (paragraph) => {
    expect(findQuotes([paragraph]).speakers).toEqual([]);
  });

  test('a credits line names nobody who speaks elsewhere', () => {
    const r = findQuotes(['“We are ready,” Trevelyan said.', '(Writing by Mark Trevelyan)']);
    expect(r.speakers).toEqual([]);
    expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  test('credits closing a paragraph are cut off and name nobody', () => {
    const r = findQuotes(['Talks will go on next week, Jane Smith said. (Reporting by Tom Ashdown in Lagos; Editing by Rhea Quennell)', '“We are ready,” Ashdown said.']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Jane Smith']);
    expect(r.quotes.map((q) => q.text)).toEqual(['Talks will go on next week', 'We are ready']);
  });

  test.each<[string, string[], (string | null)[]]>([
    ['the person in a photo still speaks', ['Lukas Brandauer led the party for years.', 'Lukas Brandauer reacts during a party meeting on March 9. (MARTA OKONJO/AFP/Getty Images.)', '“We must be careful,” Brandauer said.'], ['Lukas Brandauer']],
    ['… also in a caption closed by an agency credit', ['Lukas Brandauer led the party for years.', 'Lukas Brandauer reacts during a party meeting. REUTERS/Jonas Brekke', '“We must be careful,” Brandauer said.'], ['Lukas Brandauer']],
    // hard negatives: the photographer is no speaker, nor is the byline beside an agency
    ['hard negative: the photographer', ['Lukas Brandauer reacts during a party meeting. (Marta Okonjo/AFP/Getty Images)', '“We must be careful,” Okonjo said.'], [null]],
    ['hard negative: a byline with an agency', ['By Jane Doe (AP Photo)', '“We must be careful,” Doe said.'], [null]],
  ])('a photo caption: %s', (_name, paragraphs, expected) => {
    expect(findQuotes(paragraphs).quotes.map((q) => q.speaker)).toEqual(expected);
  });

  test('options.notSpeakers excludes the byline', () => {
    expect(speakersOf(['Jane Doe said the budget was final.'], ['Jane Doe'])).toEqual([]);
    // hard negative: without the option she is a speaker
    expect(speakersOf(['Jane Doe said the budget was final.'])).toEqual([['Jane Doe', null, 'person']]);
  });
});
