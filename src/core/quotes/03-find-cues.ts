/**
 * Step 3: speech cues in each sentence — a speech verb or "according to" with its speaker.
 * `Kremlin spokesman Dmitry Peskov said Moscow …` → {verb: said, order: before, mention: Dmitry Peskov}
 * `“…,” said Alexei Zaitsev, a ministry spokesman.` → {order: after, role: ministry spokesman}
 * `TASS quoted an official, Vladimir Ermakov, as saying …` → {mention: Vladimir Ermakov}
 */
import { firstFrom } from '../text/search';
import { phraseAfter } from './mentions';
import { subjectBefore } from './subject-before';
import type { Cue, Paragraph, Token } from './model';
import { VERB_BY_FORM, VERB_RE } from './speech-verbs';
import { accordingCues, quotedAsSpeaker } from './cue-sources';
import { SHARE, shareBefore } from './share-subject';
import { fallbackSubject } from './cue-fallback-subject';
import { headlineCues } from './cue-headline';
import { describedNominal, DESCRIBED_BY, wordBeforeApposition } from './cue-phrases';
import { lastClauseSubject, relativeSubject, sentenceSubject } from './cue-sentence-subject';
import { OWNED_DOCUMENTS } from './speaker-document-owner';
import { adverbsStart, verbGroup } from './cue-verb-chain';
import { notSpeech } from './cue-not-speech';
import { noOneSpeaks } from './cue-no-one';
import { passiveAfterAdverbs } from './cue-passive';
import { joinedBareForm, onOccasion, openingParticiple, verbSeries } from './cue-clause-links';

/** Words that open a subordinate clause: its verb reports no speech of its own ("although" and "when" are no such words:
 * "Although X admitted that …", "When Trump later referred to …" still attribute). */
const SUBORDINATORS = /^(?:after|before|since|because|if|unless|until|once|whenever|whether|where|why|how)$/;
/** Subject pronouns: an -s word right after one is a verb ("it emits", "that means"), never a plural subject. */
const PRONOUN_SUBJECT = /^(?:this|that|it|he|she|which)$/;
/** Determiners that may stand between a subordinator and the subject read after them ("if those people say"). */
const SUBJECT_DETERMINER = /^(?:those|these|the|some|many|most|all|other|such)$/;
/** What may follow an inverted speaker ("said Smith in an interview", "said Smith, who …"). */
const CLAUSE_END = /^(?:in|on|at|during|who|after|before|when|while|adding|according|of|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|and|but|as)$/;
/** Words after which a bare verb form is a verb: pronouns, auxiliaries, adverbs. */
const BARE_BEFORE = /^(?:they|we|i|you|will|would|could|can|did|do|does|may|might|should|must|also|often|still|now|generally|sometimes|who|which|that|people|police|percent|surveyed|polled|majority|most|many|some|others|all|both|few|several|\d+|two|three|four|five|ten)$/;
const PASSIVE = /^(?:is|was|were|are|be|been|being|to|not)$/;
/** "say" as a noun: a determiner before it and a preposition after it. */
const NOUN_SAY_DET = /^(?:a|an|the|no|any|more|final|greater|little|real)$/;
const NOUN_SAY_NEXT = /^(?:in|over|on|about|into|of)$/;
/** After a clause verb these make it attribute a quote only ("warned of “…”", "talked about"). */
const QUOTE_PREPS = /^(?:of|about|against|for|on)$/;

function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.start === offset) return mid;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}


/** Words that may open a sentence before a participle ("And in explaining …", "After arguing …"). */
const OPENING_WORDS = /^(?:and|but|now|in|after|before|while|when|by|upon|since|on|without)$/;

/** Words after a negated or infinitive speech verb that start no content: an adverbial clause or phrase. */
const GROUP_STOP = /^(?:when|because|as|after|before|since|until|while|and|but|or|in|at|during|with|by)$/;

/** Verb forms that are also plural nouns ("talking points", "news reports"): never after an unlisted subject. */
const NOUN_FORMS = new Set('points claims reports notes calls promises estimates tweets talks demands questions attacks threats pledges vows forecasts counters quips jokes boasts shouts cautions remarks posts replies responds denies laments repeats orders warns welcomes'.split(' '));

/** Words after which "say" is not a present-tense verb ("have a say", "what I'd say", "to say"). */
const SAY_NOT_AFTER = /^(?:have|has|had|having|his|her|their|its|our|my|your|this|that|what|to|of|in|on|for|with|by|and|or|but|not|ever|never)$/;

/** Speech verbs read in one sentence: real sentences hold a handful; a run-on of thousands (a list with no stops,
 * hostile text) is read up to this many, so the cues of a sentence cost at most this squared. */
const MAX_VERBS = 40;

export function findCues(p: Paragraph): Cue[] {
  const cues: Cue[] = [];
  const { text, masked, tokens } = p;
  p.sentences.forEach((s, si) => {
    // (the cues found so far in this sentence: those pushed since it began)
    const first = cues.length;
    const sentenceCues = (): Cue[] => cues.slice(first);
    const lo = firstFrom(tokens, s.start);
    const hi = firstFrom(tokens, s.end);
    const part = masked.slice(s.start, s.end);
    // (a capitalised participle opening the sentence before "that": "Noting that A, Trump reminded …")
    const opening = openingParticiple(part);
    const found = opening && VERB_BY_FORM.has(opening.form) ? [{ index: opening.index }] : [];
    for (const m of [...found, ...part.matchAll(VERB_RE)].slice(0, MAX_VERBS)) {
      const vi = tokenAt(tokens, s.start + m.index);
      if (vi < 0) continue;
      const verb = tokens[vi] as Token;
      const entry = VERB_BY_FORM.get(verb.low);
      if (!entry) continue;
      const prev = tokens[vi - 1];
      const next0 = tokens[vi + 1];
      const ing = verb.low.endsWith('ing');
      if ((entry.id === 'put' && tokens[vi + 1]?.low !== 'it') || notSpeech(tokens, vi, entry.id, lo)) continue;
      // "would not say", "seemed to suggest": a negated or infinitive verb group after its subject
      const group = verbGroup(tokens, vi, lo);
      const head = group.marked ? group.start : vi;
      // "Whoever said …", "Who says …?", "we tell you that …": a subject or listener that is no one
      if (noOneSpeaks(tokens, vi, group.start, lo, /\?[\s\u201D"’)]*$/.test(text.slice(s.start, s.end))) !== null) continue;
      // (what such a group speaks of follows it: never an adverbial clause or nothing — "did not complain when …")
      if (group.marked && (!next0 || next0.start >= s.end || next0.type !== 'word' || GROUP_STOP.test(next0.low))) continue;
      // a bare form ("say", "report", "call") is a verb only after a plural subject or an auxiliary
      // (past an apposition: "Others, however, say"; "say" itself after any word but a determiner:
      // "People briefed on the situation say")
      const subjectEnd = prev && /^[,\u2014\u2013]$/.test(prev.low) ? wordBeforeApposition(tokens, vi - 1, lo) : prev;
      const plural = (t: Token | undefined): boolean => !!t && (BARE_BEFORE.test(t.low) || (/s$/.test(t.low) && !/ss$|['’]s$|ous$/.test(t.low) && t.type === 'word'));
      const sayAfterNoun = verb.low === 'say' && prev?.type === 'word' && !NOUN_SAY_DET.test(prev.low) && !SAY_NOT_AFTER.test(prev.low) && !prev.low.endsWith('’s') && !prev.low.endsWith("'s");
      // ("That emits add.js", "It also means report cards …": after a subject pronoun the -s word is its verb, and
      // the bare form its object)
      const pronounAt = /^(?:also|still|just|only|really|\p{Ll}+ly)$/u.test(tokens[vi - 2]?.low ?? '') ? vi - 3 : vi - 2;
      const pronounVerb = !!prev && /s$/.test(prev.low) && pronounAt >= lo && PRONOUN_SUBJECT.test(tokens[pronounAt]?.low ?? '');
      // ("… have characterized it as X and say they …": a bare clause verb coordinated after a clause, a clause after it,
      // shares the clause's plural subject)
      const joined = entry.frame === 'clause' && joinedBareForm(tokens, vi, lo);
      // ("Officials privately concede that …": past manner adverbs, the plural subject)
      const beforeAdverbs = tokens[adverbsStart(tokens, vi, lo) - 1];
      if (verb.low === entry.id && entry.forms[0] !== entry.id && !(group.marked || joined || (plural(prev) && !pronounVerb) || (beforeAdverbs !== prev && plural(beforeAdverbs) && beforeAdverbs?.type === 'word' && !BARE_BEFORE.test(beforeAdverbs.low)) || (plural(subjectEnd) && !(subjectEnd === prev && pronounVerb)) || sayAfterNoun || SHARE.test(masked.slice(s.start, verb.start)))) continue;
      // "The National Academies report said": a bare form right before a speech verb heads the subject
      if (verb.low === entry.id && entry.forms[0] !== entry.id && next0 && VERB_BY_FORM.has(next0.low) && next0.low !== (VERB_BY_FORM.get(next0.low) as { id: string }).id) continue;
      // "a 10 percent say in the budget", "the final say over it": the noun, not the verb
      if (verb.low === 'say' && NOUN_SAY_NEXT.test(tokens[vi + 1]?.low ?? '') && tokens.slice(Math.max(lo, vi - 3), vi).some((t) => NOUN_SAY_DET.test(t.low))) continue;
      if (!group.marked && prev && vi > lo && PASSIVE.test(prev.low) && !(ing && prev.low !== 'to' && prev.low !== 'not')) continue;
      if (group.marked && !ing && PASSIVE.test(tokens[group.start - 1]?.low ?? '')) continue;
      let frame: Cue['frame'] = entry.frame;
      const next = tokens[vi + 1];
      // (never "on" opening a day or a medium: "NBC announced on Tuesday", "reported on Twitter" — unless a quotation
      // before the verb is what it attributes: "“…,” Nate Silver, the guru who founded the site tweeted on Wednesday")
      const occasion = onOccasion(tokens, vi) && !/\u2592/.test(masked.slice(s.start, verb.start));
      if (frame === 'clause' && next && QUOTE_PREPS.test(next.low) && entry.id !== 'say' && !occasion) frame = 'quote';
      const base = { paragraph: p.index, sentence: si, verb: verb.low, verbStart: verb.start, verbEnd: verb.end, frame };
      // "The agency was repeatedly criticised over …", "Tenants were then asked to …": a passive past its
      // adverbs reports what was said by no one named; its subject is no speaker (after an earlier cue of the
      // sentence it is part of what that cue reports: "… said that he was clearly warned not to …")
      if (!ing && passiveAfterAdverbs(tokens, vi, lo)) {
        if (!sentenceCues().length) cues.push({ ...base, order: 'before', mention: null, start: verb.start, end: verb.end });
        continue;
      }
      // "quoted X as saying …", "X is quoted as saying …"
      const quoted = ing && prev?.low === 'as' ? quotedAsSpeaker(text, tokens, lo, vi) : null;
      if (quoted) {
        cues.push({ ...base, order: 'before', mention: quoted.mention, start: quoted.start, end: verb.end });
        continue;
      }
      // ", adding …", "while saying …", "… and said …", "… but added …": the sentence's subject speaks
      // (past the verb's auxiliaries: "… and has called for …", "… but would not say …")
      const joint = tokens[group.start - 1];
      // ("has mocked a reporter, referred to immigrants as “rapists” and …": a past form after a comma, in a series of
      // verbs of the sentence's speaker, shares that speaker)
      const series = !ing && verbSeries(tokens, vi, masked, sentenceCues());
      const coordinated = (joint && group.start > lo && /^(?:and|but)$/.test(joint.low) && !ing) || series;
      // (a quotation closed by a comma counts as the comma: "… on “Morning Joe,” adding, “…”")
      const commaQuote = prev?.type === 'quote' && /,[\u201D"\u2019\u00BB]*$/.test(text.slice(prev.start, prev.end));
      // (past manner adverbs: "…, falsely suggesting that …", "and boldly claiming that …")
      const partLead = ing ? tokens[adverbsStart(tokens, vi, lo) - 1] : prev;
      // ("Noting that A, Trump reminded …": a participle opening its sentence with "that" reports A for the subject after it)
      const openingThat = ing && vi === lo && next0?.low === 'that';
      if ((ing && vi > lo && partLead && (/^(?:,|while|when|and|upon|after|before|by|in|without)$/.test(partLead.low) || commaQuote)) || coordinated || openingThat) {
        const earlier = sentenceCues().filter((c) => c.mention).pop();
        // ("In explaining why …, Clinton described …": a participle opening its sentence shares the subject after it)
        const opening = ing && tokens.slice(lo, vi).every((t) => t.type === 'word' && OPENING_WORDS.test(t.low));
        const mention = earlier?.mention ?? (opening ? sentenceSubject(text, tokens, lo, hi) : null) ?? (ing ? lastClauseSubject(text, tokens, lo, vi) : relativeSubject(text, tokens, lo, vi)) ?? sentenceSubject(text, tokens, lo, vi);
        cues.push({ ...base, order: 'participle', mention, start: commaQuote || openingThat ? verb.start : coordinated ? (joint as Token).start : (partLead as Token).start, end: verb.end });
        continue;
      }
      const named = subjectBefore(text, tokens, head, lo);
      const share = shareBefore(text, masked.slice(s.start, verb.start), s.start);
      // "Majorities of tenants in four buildings say": the share, not the last noun before the verb
      const subject = share && (!named || share.start < named.start) ? share : named;
      // "after Washington responded …": a subordinate clause, not an attribution (unless a quote is next to it)
      // (past a determiner the subject was read without: "even if those people do not agree …")
      const at = subject ? tokenAt(tokens, subject.start) : -1;
      const lead = at > 0 ? (SUBJECT_DETERMINER.test(tokens[at - 1]?.low ?? '') && at - 1 > lo ? tokens[at - 2] : tokens[at - 1]) : undefined;
      // ("after The Harbor Ledger reported that …": a "that" clause is what was reported)
      if (subject && lead && SUBORDINATORS.test(lead.low) && entry.id !== 'say' && entry.id !== 'ask' && next0?.low !== 'that' && !/\u2592/.test(masked.slice(Math.max(s.start, subject.start - 4), subject.start)) && !/^[\s,:]*\u2592/.test(masked.slice(verb.end, verb.end + 4))) continue;
      // "…, and it used “kid gloves” in the region, said Ilse Marovic, an expert": after a comma, a name
      // right after the verb is the speaker, not a phrase found before the comma
      // ("told X" is never inverted: the name after it is the listener — "…,” Quillan, 49, told The Harbor Post")
      const namedAfter = prev?.low === ',' && frame !== 'quote' && entry.id !== 'tell' ? phraseAfter(text, tokens, vi + 1, hi) : null;
      const invertedName = !!namedAfter && namedAfter.mention.type === 'name' && (namedAfter.next >= hi || tokens[namedAfter.next]?.low === ',');
      if (subject && !invertedName) {
        cues.push({ ...base, order: 'before', mention: subject, start: subject.start, end: verb.end });
        continue;
      }
      const after = phraseAfter(text, tokens, vi + 1, hi);
      // "said Peskov." / "said Zaitsev, a spokesman" — never "said people misunderstand him"
      const follow = after ? tokens[after.next] : undefined;
      const nextToQuote = /\u2592[\s,\u2014\u2013-]*$/.test(masked.slice(s.start, verb.start));
      // an inverted attribution follows the words it attributes: "…, said X" / "“…” said X"
      const inverted = frame !== 'quote' && entry.id !== 'tell' && /[,\u2014\u2013\u2592]\s*$/.test(masked.slice(s.start, verb.start));
      if (after && inverted && (nextToQuote || !follow || after.next >= hi || follow.type !== 'word' || CLAUSE_END.test(follow.low) || (after.mention.type === 'nominal' && DESCRIBED_BY.test(follow.low)))) {
        const end = (tokens[after.next - 1] as Token).end;
        const mention = describedNominal(text, tokens, after.mention, after.next, hi);
        cues.push({ ...base, order: 'after', mention, start: verb.start, end: Math.max(end, mention.end) });
        continue;
      }
      // "Some advocates for river cleanup funding said …": an unlisted noun phrase opening the clause
      // (never for an inverted speaker: "…, said Ilse Marovic, an expert")
      // "shop owners who say the rule …": a relative clause reports speech; its speaker stays unnamed
      if (prev?.low === 'who' && vi > lo && !ing && frame !== 'quote') {
        // ("“…,” said one former aide, who said she left on friendly terms": the relative stands for the speaker before its comma)
        const comma = tokens[vi - 2];
        const antecedent = comma?.low === ',' ? sentenceCues().find((c) => c.mention && c.end === comma.start) : undefined;
        cues.push({ ...base, order: 'before', mention: antecedent?.mention ?? null, start: prev.start, end: verb.end });
        continue;
      }
      // (a quote verb only with a quotation close after it: "Many neighbours called her “the peacemaker”")
      const quotedObject = frame === 'quote' && /^[^.?!;:]{0,40}\u2592/.test(masked.slice(verb.end, s.end));
      const loose = nextToQuote || (inverted && (next0?.cap || next0?.type !== 'word')) || ing || (frame === 'quote' && !quotedObject) || NOUN_FORMS.has(verb.low) ? null : fallbackSubject(text, tokens, head, lo);
      const opener = loose ? tokens[tokenAt(tokens, loose.start) - 1] : undefined;
      if (loose && !(opener && SUBORDINATORS.test(opener.low) && entry.id !== 'say')) {
        // the phrase speaks ("Some advocates … said"), unless it is a document whose author is not named
        const mention = OWNED_DOCUMENTS.has(loose.text.split(/\s+/).pop()?.toLowerCase() ?? '') ? null : loose;
        cues.push({ ...base, order: 'before', mention, start: loose.start, end: verb.end });
      } else if (!loose && frame === 'clause' && /ed$|^said$|^told$|^wrote$/.test(verb.low) && next0?.low === 'that' && vi > lo && !sentenceCues().some((c) => c.end > verb.start)) {
        // ("The Brennan Center for Justice, which tracks …, noted that …"): a past form and "that" report what follows
        // even when no subject was read before it (never an -s form: "hours before reports that …")
        cues.push({ ...base, order: 'before', mention: null, start: verb.start, end: verb.end });
      }
    }
    cues.push(...headlineCues(p, si, lo, hi));
    cues.push(...accordingCues(p, si, hi));
  });
  return cues.sort((a, b) => a.start - b.start);
}
