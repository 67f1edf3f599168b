/**
 * Step 3: speech cues in each sentence — a speech verb or "according to" with its speaker.
 * `Kremlin spokesman Dmitry Peskov said Moscow …` → {verb: said, order: before, mention: Dmitry Peskov}
 * `“…,” said Alexei Zaitsev, a ministry spokesman.` → {order: after, role: ministry spokesman}
 * `TASS quoted an official, Vladimir Ermakov, as saying …` → {mention: Vladimir Ermakov}
 */
import { firstFrom, tokenAt } from '../text/search';
import type { Cue, Paragraph, Token } from './model';
import { VERB_BY_FORM } from './speech-verbs';
import { accordingCues, quotedAsSpeaker } from './cue-sources';
import { fallbackSubject } from './cue-fallback-subject';
import { headlineCues } from './cue-headline';
import { OWNED_DOCUMENTS } from './speaker-document-owner';
import { passiveAfterAdverbs } from './cue-passive';
import { onOccasion } from './cue-clause-links';
import { speechVerbGroup, verbForms } from './cue-verb-reading';
import { participleSpeaker } from './cue-participle-speaker';
import { namedSubject, SUBORDINATORS } from './cue-named-subject';
import { invertedName, invertedSpeaker } from './cue-inverted-speaker';
import { asClauseSubject } from './cue-as-subject';

/** After a clause verb these make it attribute a quote only ("warned of “…”", "talked about"). */
const QUOTE_PREPS = /^(?:of|about|against|for|on)$/;

/** Verb forms that are also plural nouns ("talking points", "news reports"): never after an unlisted subject. */
const NOUN_FORMS = new Set('points claims reports notes calls promises estimates tweets talks demands questions attacks threats pledges vows forecasts counters quips jokes boasts shouts cautions remarks posts replies responds denies laments repeats orders warns welcomes'.split(' '));

export function findCues(p: Paragraph): Cue[] {
  const cues: Cue[] = [];
  const { text, masked, tokens } = p;
  p.sentences.forEach((s, si) => {
    // (the cues found so far in this sentence: those pushed since it began)
    const first = cues.length;
    const sentenceCues = (): Cue[] => cues.slice(first);
    const lo = firstFrom(tokens, s.start);
    const hi = firstFrom(tokens, s.end);
    for (const m of verbForms(masked.slice(s.start, s.end))) {
      const vi = tokenAt(tokens, s.start + m.index);
      if (vi < 0) continue;
      const verb = tokens[vi] as Token;
      const entry = VERB_BY_FORM.get(verb.low);
      if (!entry) continue;
      // (no speech verb here: a noun, a passive, a group with nothing after it, a speaker that is no one)
      const group = speechVerbGroup(p, s, vi, lo, entry);
      if (!group) continue;
      const head = group.marked ? group.start : vi;
      const prev = tokens[vi - 1];
      const ing = verb.low.endsWith('ing');
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
      // ", adding …", "while saying …", "… and said …": the speaker named elsewhere in the sentence
      const shared = participleSpeaker(p, vi, group.start, lo, hi, sentenceCues());
      if (shared) {
        cues.push({ ...base, order: 'participle', mention: shared.mention, start: shared.start, end: verb.end });
        continue;
      }
      const { subject, subordinate } = namedSubject(p, s, vi, head, lo, entry.id);
      // "after Washington responded …": a subordinate clause, not an attribution (unless a quote is next to it)
      if (subordinate) continue;
      // "…, said Ilse Marovic, an expert": the name after the verb speaks, not a phrase before the comma
      const nameAfter = invertedName(text, tokens, vi, hi, frame, entry.id);
      if (subject && !nameAfter) {
        cues.push({ ...base, order: 'before', mention: subject, start: subject.start, end: verb.end });
        continue;
      }
      // "As one farmer put it, “…”": the phrase between "as" and the verb
      const asSubject = subject || nameAfter ? null : asClauseSubject(text, tokens, head, lo);
      if (asSubject) {
        cues.push({ ...base, order: 'before', mention: asSubject, start: asSubject.start, end: verb.end });
        continue;
      }
      // an inverted attribution follows the words it attributes: "…, said X" / "“…” said X"
      const { nextToQuote, inverted, speaker } = invertedSpeaker(p, s, vi, hi, frame, entry.id);
      if (speaker) {
        cues.push({ ...base, order: 'after', mention: speaker.mention, start: verb.start, end: speaker.end });
        continue;
      }
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
      // "Some advocates for river cleanup funding said …": an unlisted noun phrase opening the clause
      // (never for an inverted speaker: "…, said Ilse Marovic, an expert")
      const loose = nextToQuote || (inverted && (next?.cap || next?.type !== 'word')) || ing || (frame === 'quote' && !quotedObject) || NOUN_FORMS.has(verb.low) ? null : fallbackSubject(text, tokens, head, lo);
      const opener = loose ? tokens[tokenAt(tokens, loose.start) - 1] : undefined;
      if (loose && !(opener && SUBORDINATORS.test(opener.low) && entry.id !== 'say')) {
        // the phrase speaks ("Some advocates … said"), unless it is a document whose author is not named
        const mention = OWNED_DOCUMENTS.has(loose.text.split(/\s+/).pop()?.toLowerCase() ?? '') ? null : loose;
        cues.push({ ...base, order: 'before', mention, start: loose.start, end: verb.end });
      } else if (!loose && frame === 'clause' && /ed$|^said$|^told$|^wrote$/.test(verb.low) && next?.low === 'that' && vi > lo && !sentenceCues().some((c) => c.end > verb.start)) {
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
