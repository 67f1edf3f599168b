/**
 * Who speaks: names with titles and appositions, organisations, surname and pronoun references,
 * and what is never a speaker. Rows are paragraphs in, speakers (name, role, kind) out.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

const speakersOf = (paragraphs: string[], notSpeakers?: string[]) =>
  findQuotes(paragraphs, notSpeakers ? { notSpeakers } : {}).speakers.map((s) => [s.name, s.role, s.kind]);
const quoteSpeakers = (paragraphs: string[]) => findQuotes(paragraphs).quotes.map((q) => q.speaker);

describe('names, titles and roles', () => {
  test.each([
    ['title before the name', 'Foreign Minister Dmytro Kuleba said talks would go on.', ['Dmytro Kuleba', 'Foreign Minister', 'person']],
    ['long title', 'U.S. Secretary of State Antony Blinken said talks would go on.', ['Antony Blinken', 'U.S. Secretary of State', 'person']],
    ['lower-case role before the name', 'Kremlin spokesman Dmitry Peskov said talks would go on.', ['Dmitry Peskov', 'Kremlin spokesman', 'person']],
    ['apposition before the verb', 'Chris Weston, chief market strategist at Pepperstone, said markets would rise.', ['Chris Weston', 'chief market strategist at Pepperstone', 'person']],
    ['apposition after an inverted verb', '“We are ready,” said Alexei Zaitsev, a ministry spokesman.', ['Alexei Zaitsev', 'ministry spokesman', 'person']],
    ['role first, name in apposition', 'A senior official, Vladimir Ermakov, said talks would go on.', ['Vladimir Ermakov', 'senior official', 'person']],
    ['possessive affiliation', 'Trump’s spokeswoman Hope Hicks said the rally would go ahead.', ['Hope Hicks', 'Trump’s spokeswoman', 'person']],
    ['honorific is not a role', 'Mr. John Smith said the rally would go ahead.', ['John Smith', null, 'person']],
    ['a relative clause is not a role', 'Putin, who has not spoken for weeks, said talks would go on.', ['Putin', null, 'person']],
    ['a first name that is also a word', '“It is a costly model,” said Will Doyle, a professor.', ['Will Doyle', 'professor', 'person']],
    ['name with details in commas', '“That scares me,” Nadia Ferreira, 41, of Tulsa, who answered the survey, said.', ['Nadia Ferreira', null, 'person']],
    ['a party tag in parentheses', '“That is wrong,” Sen. Jack Reed (D-R.I.), said on Monday.', ['Jack Reed', 'Sen.', 'person']],
    ['a party tag and an apposition', '“They would get it,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.', ['Jim Jordan', 'Rep.', 'person']],
    ['a credit after a dash', '“He represents our greatest shame.” ― Sonya Herridge', ['Sonya Herridge', null, 'person']],
    ['an affiliation after "of"', 'Lee Wang of The Intercept asked whether the transcripts would be released.', ['Lee Wang', null, 'person']],
    ['a surname that looks like a participle', 'To that, Schilling added: “A man is a man no matter what.”', ['Schilling', null, 'person']],
    ['a sentence-opening adverb is not a name', 'Interestingly Blocher said the vote had changed nothing.', ['Blocher', null, 'person']],
    ['a capitalised description before the name', 'Journalist Jorge Ramos said the facts were wrong.', ['Jorge Ramos', 'Journalist', 'person']],
    ['a church title', 'Archbishop Aris Shirvanian said the church would help.', ['Aris Shirvanian', 'Archbishop', 'person']],
    ['an abbreviated priest’s title', '“We have to act,” said Fr. Frank Pavone.', ['Frank Pavone', 'Fr.', 'person']],
    ['a compound description before the name', 'Texas-based Matt Mackowiak said the campaign was cratering.', ['Matt Mackowiak', 'Texas-based', 'person']],
    ['hard negative: a hyphenated surname stays in the name', 'Mary Smith-Jones said the campaign was cratering.', ['Mary Smith-Jones', null, 'person']],
    ['possessive affiliation with a plural', 'Democracy Corps’ Stan Greenberg said the data was clear.', ['Stan Greenberg', 'Democracy Corps’', 'person']],
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
    ['hard negative: an unlisted agent noun is a person', 'The announcer said the show would go on.', ['the announcer', null, 'person']],
    ['a source phrase ending in a name after a role', 'Charges were filed, according to a court document filed by state attorney Dave Aronberg.', ['Dave Aronberg', null, 'person']],
    ['a source phrase ending in a person’s name after "from"', 'The talks will go on, according to a letter from John Smith.', ['John Smith', null, 'person']],
    ['hard negative: a spokesman for a named person speaks himself', 'The talks will go on, according to a spokesman for presidential candidate Hillary Clinton.', ['a spokesman for presidential candidate Hillary Clinton', null, 'person']],
    ['hard negative: a place at the end of a source', 'The race is close, according to the exit polls in New Hampshire.', ['the exit polls in New Hampshire', null, 'organization']],
    ['a plural description is a group', 'The deployments could resume, defense analysts said.', ['defense analysts', null, 'organization']],
    ['hard negative: a singular noun ending in -ss is one person', 'The talks will go on, a witness said.', ['a witness', null, 'person']],
    ['a group noun keeps its modifier', 'Officials at the State Department said the talks would go on.', ['Officials at the State Department', null, 'organization']],
    ['sources familiar with the matter', 'Sources familiar with the matter said the talks would go on.', ['Sources familiar with the matter', null, 'organization']],
    ['an unlisted plural noun', 'Mrs. Clinton’s confidants say it is only fitting.', ['Mrs. Clinton’s confidants', null, 'organization']],
    ['a news organisation', 'The New York Times reported that the talks would go on.', ['New York Times', null, 'organization']],
    ['an unnamed speaker after an inverted verb keeps its description', '“We have a ton of work to do,” said a longtime adviser to both candidates.', ['a longtime adviser to both candidates', null, 'person']],
    ['… and its relative clause', '“It is getting worse,” said a local official who was not authorized to speak.', ['a local official who was not authorized to speak', null, 'person']],
    ['hard negative: a description after a comma is not part of the speaker', '“It is getting worse,” said a local official, who declined to be named.', ['a local official', null, 'person']],
  ])('%s', (_name, paragraph, expected) => {
    expect(speakersOf([paragraph])).toEqual([expected]);
  });

  test('TASS quoted X as saying: the speaker is X, not the agency', () => {
    expect(speakersOf(['TASS news agency quoted Ivan Petrov as saying the crisis was unavoidable.'])).toEqual([['Ivan Petrov', null, 'person']]);
  });
});

describe('references back to a speaker', () => {
  test.each<[string, string[], (string | null)[]]>([
    ['surname → full name as introduced', ['Kremlin spokesman Dmitry Peskov said talks would go on.', 'Peskov said Moscow needed time.'], ['Dmitry Peskov', 'Dmitry Peskov']],
    ['surname → name mentioned without a quote', ['Dmitry Peskov arrived in Paris on Monday.', '“We need time,” Peskov said.'], ['Dmitry Peskov']],
    ['surname only, never introduced in full', ['Putin said talks would go on.'], ['Putin']],
    ['surname → full name introduced with a suffix', ['Pastor Charles Elliott III arrived in Paris on Monday.', 'Elliott said the city had lost a great man.'], ['Charles Elliott']],
    ['surname → full name introduced with "Jr."', ['The ruling angered Martin Dobbs Jr. and his allies.', 'Dobbs said the ruling was unfair.'], ['Martin Dobbs']],
    ['surname → full name after a long capitalised title', ['Washington Political Editor Matthew Boyle arrived in Iowa on Monday.', 'Boyle said the party had broken its pledge.'], ['Matthew Boyle']],
    ['surname → full name with a middle initial', ['Robert A. Pruzan, a banker, runs the firm.', '“We are looking for partners,” Mr. Pruzan said.'], ['Robert A. Pruzan']],
    ['hard negative: an article before a surname is no initial', ['A Pruzan spokesman arrived in Iowa on Monday.', '“We are looking for partners,” Mr. Pruzan said.'], ['Pruzan']],
    ['hard negative: a four-word name stays whole', ['Anna Maria Garcia Lopez arrived in Iowa on Monday.', 'Lopez said the party had broken its pledge.'], ['Anna Maria Garcia Lopez']],
    ['he → the latest speaker', ['Sergei Lavrov said there was hope.', 'He said Putin would decide.'], ['Sergei Lavrov', 'Sergei Lavrov']],
    [
      'he → the latest speaker, not an earlier one',
      ['Sergei Lavrov said there was hope.', 'Vladimir Ermakov said the crisis was near.', 'He said Moscow believed otherwise.'],
      ['Sergei Lavrov', 'Vladimir Ermakov', 'Vladimir Ermakov'],
    ],
    [
      'she skips a man',
      ['Hillary Clinton said the plan was ready.', 'Mr. John Smith said it was not.', 'She said the vote would come soon.'],
      ['Hillary Clinton', 'John Smith', 'Hillary Clinton'],
    ],
    ['the minister → the speaker with that role', ['Foreign Minister Dmytro Kuleba said talks would go on.', 'The minister said Russia would stay on track.'], ['Dmytro Kuleba', 'Dmytro Kuleba']],
    ['a quote paragraph after its speaker', ['Jane Smith said the budget was final.', '“There will be no more money for this.”'], ['Jane Smith', 'Jane Smith']],
    ['a short paragraph between keeps the speaker in context', ['Jane Smith said the budget was final.', 'The council meets on Friday.', '“There will be no more money for this.”'], ['Jane Smith', 'Jane Smith']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(quoteSpeakers(paragraphs)).toEqual(expected);
  });

  test('an honorific before a single name never matches a first name', () => {
    expect(quoteSpeakers(['Lou Jiwei arrived in Washington.', '“There is no glut,” Mr. Lou said.'])).toEqual(['Lou']);
  });

  test('a surname goes to the most mentioned full name', () => {
    expect(quoteSpeakers(['Hillary Clinton spoke first.', 'Hillary Clinton met donors at the apartment of Chelsea Clinton.', 'Clinton said she would run.'])).toEqual(['Hillary Clinton']);
  });

  test('a coordinated verb shares the subject, but a list of adjectives is no subject', () => {
    expect(quoteSpeakers(['Carson admitted the name was wrong, but said his campaign had found the article.'])).toEqual(['Carson', 'Carson']);
    expect(findQuotes(['Ukrainian, Russian and French diplomats met in Paris and agreed more talks should be held.']).speakers.map((s) => s.name)).not.toContain('Ukrainian');
  });

  test('aliases record how the text named the speaker', () => {
    const { speakers } = findQuotes(['Kremlin spokesman Dmitry Peskov said talks would go on.', 'Peskov said Moscow needed time.']);
    expect(speakers).toEqual([{ id: 's1', name: 'Dmitry Peskov', role: 'Kremlin spokesman', kind: 'person', aliases: ['Peskov'], quoteCount: 2 }]);
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
    const r = findQuotes(['Talks will go on next week, Jane Smith said. (Reporting by Ben Blanchard in Beijing; Editing by Grant McCool)', '“We are ready,” Blanchard said.']);
    expect(r.speakers.map((s) => s.name)).toEqual(['Jane Smith']);
    expect(r.quotes.map((q) => q.text)).toEqual(['Talks will go on next week', 'We are ready']);
  });

  test.each<[string, string[], (string | null)[]]>([
    ['the person in a photo still speaks', ['Christoph Blocher led the party for years.', 'Christoph Blocher reacts during a party meeting on October 2. (FABRICE COFFRINI/AFP/Getty Images.)', '“We must be careful,” Blocher said.'], ['Christoph Blocher']],
    ['… also in a caption closed by an agency credit', ['Christoph Blocher led the party for years.', 'Christoph Blocher reacts during a party meeting. REUTERS/Arnd Wiegmann', '“We must be careful,” Blocher said.'], ['Christoph Blocher']],
    // hard negatives: the photographer is no speaker, nor is the byline beside an agency
    ['hard negative: the photographer', ['Christoph Blocher reacts during a party meeting. (Fabrice Coffrini/AFP/Getty Images)', '“We must be careful,” Coffrini said.'], [null]],
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
