/**
 * Step 5: quotations no cue claimed. A quotation that is a sentence of its own (or the rest of a
 * quote from the previous paragraph) is speech by the speaker in context; a short quoted term inside
 * a sentence ("scare quotes", titles) is not speech and is dropped.
 * `Lindqvist said … . “But we won’t rush.”` → direct, same speaker as the sentence before.
 */
import { containing, firstFrom } from '../text/search';
import { sentenceSubject } from './cue-sentence-subject';
import { CONTINUED, EXCLAIMED, namesTheNounAfter, READER_LINE, SAID_AS, splitHalf, TITLE_AFTER_OF, TITLE_BEFORE, UTTERED } from './direct-shapes';
import { quotedTranscriptLabel, STAGE_DIRECTION } from './direct-transcript';
import { attributionAfter, DASH_AFTER, speakerAfter, VERB_ANY } from './span-speaker-after';
import { subjectBeforeColon } from './direct-colon';
import { quoteText, type Mention, type Paragraph, type QuoteSpan, type RawQuote, type Sentence, type Token } from './model';
import { wordCount } from '../text/words';


/** How much of the sentence before a quotation the end-anchored shapes read ("likened the levy to", "on Acme's"):
 * a long run-on sentence full of quotations is then read in linear time. */
const LEAD_CHARS = 200;

/** The text around a span in its sentence has no words ("“…”" alone, or only a closing dash). */
function standsAlone(p: Paragraph, s: QuoteSpan): boolean {
  const sentence = containing(p.sentences, s.start);
  if (!sentence) return false;
  const outside = p.masked.slice(sentence.start, s.start) + p.masked.slice(s.end, sentence.end);
  if (wordCount(outside.replace(/\u2592+/g, ' ')) === 0) return true;
  // a sentence the splitter could not cut ("… in Millbrook, N.Y. “…”"): a quotation after a period, ending it
  if (/[.?!]\s+$/.test(p.masked.slice(sentence.start, s.start)) && wordCount(p.masked.slice(s.end, sentence.end)) === 0) return true;
  // "His answer: “…”"
  return /:\s*$/.test(p.masked.slice(sentence.start, s.start)) && wordCount(p.masked.slice(s.end, sentence.end)) === 0;
}

/** The sentence's subject and where the words after its verb start, when the span follows them. */
function subjectWithVerb(p: Paragraph, sentence: Sentence, s: QuoteSpan): { mention: Mention; from: number } | null {
  const lo = firstFrom(p.tokens, sentence.start);
  const si = firstFrom(p.tokens, s.start);
  if (si >= p.tokens.length) return null;
  const mention = sentenceSubject(p.text, p.tokens, lo, si);
  if (!mention || mention.type === 'nominal') return null;
  const vi = firstFrom(p.tokens, mention.end);
  let k = vi;
  while (k < si && k < vi + 3 && !(p.tokens[k]?.type === 'word' && VERB_ANY.test((p.tokens[k] as Token).low))) k++;
  const verb = p.tokens[k];
  const next = p.tokens[k + 1];
  if (!verb || k >= si || !next || si - k > 8) return null;
  return { mention, from: next.start };
}

export function findDirect(
  p: Paragraph,
  used: ReadonlySet<QuoteSpan>,
  own: readonly RawQuote[],
  previous: { paragraph: Paragraph; quotes: readonly RawQuote[] } | null,
  cueSentences: ReadonlySet<Sentence>,
): RawQuote[] {
  const found: RawQuote[] = [];
  for (const s of p.spans) {
    if (used.has(s)) continue;
    const inner = p.text.slice(s.innerStart, s.innerEnd);
    const n = wordCount(inner);
    const continuation = s.start === 0 && previous !== null && previous.paragraph.spans.some((x) => !x.closed);
    const speechLike = n >= 4 || (n >= 2 && /[.?!,]$/.test(inner.trimEnd()));
    let text = quoteText(inner);
    const sentence = containing(p.sentences, s.start);
    let start = s.start;
    let end = s.end;
    let kind: RawQuote['kind'] = 'direct';
    if (STAGE_DIRECTION.test(inner.trim())) continue;
    // "“PENCE: Well, look, …": a quoted transcript's label names who speaks
    const labelled = quotedTranscriptLabel(p, s);
    if (labelled) {
      found.push({ paragraph: p.index, start, end: s.end, text: quoteText(p.text.slice(labelled.from, s.innerEnd)), kind, rule: 'direct-quoted-transcript', mention: labelled.mention, sameAs: null, entity: null });
      continue;
    }
    // (never a title after a preposition or a possessive: "Speaking on KTV’s “Sunday Desk,” Okafor admitted")
    const titled = sentence ? TITLE_AFTER_OF.test(p.masked.slice(Math.max(sentence.start, s.start - LEAD_CHARS), s.start)) : false;
    // "“…,” Trump barked" / "“…,” mused Ambrose Pennock": any verb right after a quotation that ends in a comma
    const told = titled ? null : /[,?!]$/.test(inner.trimEnd()) || DASH_AFTER.test(p.text.slice(s.end, s.end + 3)) ? speakerAfter(p, s) : null;
    if (told) {
      found.push({ paragraph: p.index, start, end: s.end, text, kind, rule: 'direct-any-verb', mention: told, sameAs: null, entity: null });
      continue;
    }
    // "“…,” said former Gov. and league chairman Ed Harlow." / "“…,” she went on.": a quotation opening
    // its sentence and closed by , ? or ! before a short clause with a verb is speech, even when its
    // speaker cannot be read
    const closing = !continuation && !titled && n >= 2 && /[,?!]$/.test(inner.trimEnd()) ? attributionAfter(p, s) : null;
    if (closing?.mention) {
      found.push({ paragraph: p.index, start, end: s.end, text, kind, rule: 'direct-before-clause', mention: closing.mention, sameAs: null, entity: null });
      continue;
    }
    // "“The danger,” said Marit Lindqvist, an economist at Tulsa State, “is that …”": the second half of a quotation
    // split by its cue and the speaker's description goes with the first half
    const half = sentence ? splitHalf(p, s, sentence, own) : null;
    if (half) {
      found.push({ paragraph: p.index, start, end, text, kind, rule: 'direct-split-described', mention: null, sameAs: half, entity: null });
      continue;
    }
    // "the crowd chanted “Build the wall!”", "he yelled “You lie!”": a quotation whose words end in ! or ?
    // is an exclamation or a question, speech however short (never a scare quote or a title)
    // (never a title: "the musical “Oklahoma!”"; also any words right after a verb of uttering: "chanting “Dump Trump.”")
    // (and words compared or written by the subject: "likened the levy to “robbing the pension fund”", "had typed “…”")
    // (the shapes read here close the words before the quotation: its last words are enough)
    const lead = sentence ? p.masked.slice(Math.max(sentence.start, s.start - LEAD_CHARS), s.start) : '';
    // "when you say, “Me, a pirate?”": a line the page gives its reader is no one's quote
    if (READER_LINE.test(lead)) continue;
    const saidAs = SAID_AS.find((x) => x.pattern.test(lead));
    if (!closing && !continuation && sentence && (EXCLAIMED.test(inner) || UTTERED.test(lead) || saidAs) && !standsAlone(p, s) && !TITLE_BEFORE.test(lead)) {
      // (its speaker: the sentence's subject when a verb follows it, "Joe Wilson yelled “You lie!”")
      const subject = subjectWithVerb(p, sentence, s);
      const rule = EXCLAIMED.test(inner) ? 'direct-exclaimed' : UTTERED.test(lead) ? 'direct-uttered' : `direct-${(saidAs as { id: string }).id}`;
      found.push({ paragraph: p.index, start, end: s.end, text, kind, rule, mention: subject?.mention ?? null, sameAs: null, entity: null });
      continue;
    }
    // "Nina Park, a senior analyst, shared her view of the results: “…”": a quotation of a sentence or more after a
    // colon closing a clause is spoken by that clause's named subject
    const colonSubject = !closing && !continuation && speechLike && sentence ? subjectBeforeColon(p, sentence, s) : null;
    if (colonSubject) {
      found.push({ paragraph: p.index, start, end: s.end, text, kind, rule: 'direct-after-colon', mention: colonSubject, sameAs: null, entity: null });
      continue;
    }
    // (with no speaker read, the speaker in context, as for a quotation standing alone)
    if (!closing && !continuation && !(speechLike && standsAlone(p, s))) {
      // "Unless the council acts, “it's very hard to see how the mill survives.”": a sentence ending in a
      // quotation, with no cue of its own, goes on with the speaker in context
      if (!sentence || n < 4 || cueSentences.has(sentence)) continue;
      // "She rails against its “Iron Curtain of Red Tape”": a subject, any verb, and a quotation of
      // four words or more in what follows
      const subject = subjectWithVerb(p, sentence, s);
      // (never a name in title case before the noun it names: a two-day “Nadia Gets It Done” bus tour)
      if (subject && !namesTheNounAfter(p, s)) {
        found.push({ paragraph: p.index, start: subject.from, end: s.end, text: quoteText(p.text.slice(subject.from, s.end)), kind: 'partial', rule: 'partial-any-verb', mention: subject.mention, sameAs: null, entity: null });
        continue;
      }
      const tail = p.masked.slice(s.end, sentence.end);
      if (CONTINUED.test(tail) && wordCount(tail) <= 15 && wordCount(p.masked.slice(sentence.start, s.start)) === 0 && !tail.includes('\u2592')) {
        // "“Where do we go from here? That is the question we’re bringing” to every town in the county.": a quotation
        // opening its sentence, finished by a few words of the writer, is a partial quote of the speaker in context
        end = sentence.start + p.masked.slice(sentence.start, sentence.end).replace(/[\s.!?]+$/, '').length;
        text = quoteText(p.text.slice(s.start, end));
        kind = 'partial';
      } else {
        if (wordCount(tail) > 0) continue;
        const lead = p.masked.slice(sentence.start, s.start);
        const speaking = firstFrom(own, s.start) > 0;
        // "Ferreira shared her doubts with a crowd at a dinner in Tulsa, “I do not know …”":
        // after a long clause closed by a comma or colon, a quotation of a sentence or more ends it
        const long = wordCount(lead) > 12;
        if (long && !(/[,:]\s*$/.test(lead) && /[.?!]$/.test(inner.trimEnd()))) continue;
        const clauseSubject = long ? sentenceSubject(p.text, p.tokens, firstFrom(p.tokens, sentence.start), firstFrom(p.tokens, s.start)) : null;
        if (clauseSubject && clauseSubject.type !== 'nominal') {
          found.push({ paragraph: p.index, start, end: s.end, text, kind, rule: 'direct-after-clause', mention: clauseSubject, sameAs: null, entity: null });
          continue;
        }
        if (!long && !/,\s*$/.test(lead) && !speaking) continue;
        if (!long) {
          text = quoteText(p.text.slice(sentence.start, s.end));
          start = sentence.start;
          kind = 'partial';
        }
      }
    }
    // own is sorted by start; found grows in order
    const o = firstFrom(own, s.start);
    const ownBefore = own[o - 1];
    const foundBefore = found[found.length - 1];
    const before = ownBefore && foundBefore ? (ownBefore.start > foundBefore.start ? ownBefore : foundBefore) : (ownBefore ?? foundBefore);
    const after = own[o]?.start === s.start ? own[o + 1] : own[o];
    const prev = previous?.quotes[previous.quotes.length - 1];
    const sameAs = continuation ? (before ?? prev ?? after) : (before ?? after ?? prev);
    const rule = continuation && !before ? 'direct-continued' : sameAs === before && before ? 'direct-same-paragraph' : sameAs === after && after ? 'direct-next-cue' : sameAs ? 'direct-previous-paragraph' : 'direct-unattributed';
    found.push({ paragraph: p.index, start, end, text, kind, rule: kind === 'partial' ? rule.replace('direct', 'partial') : rule, mention: null, sameAs: sameAs ?? null, entity: null });
  }
  return found;
}
