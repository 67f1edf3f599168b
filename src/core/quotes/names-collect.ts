/**
 * Every full personal name the article mentions, in reading order, so that "Peskov" can be read as
 * the "Dmitry Peskov" introduced earlier (or, when the article names him in full only later, then).
 * This file finds the runs of capitalised words and splits them at possessives; names-in-run.ts reads
 * the name inside each run.
 */
import { foldKey } from '../text/normalize';
import { POSSESSIVE, type NameMention } from './names-key';
import { nameIn } from './names-in-run';
import { NAME_LIKE } from './speaker-mention-words';
import { namesInLongRun } from './names-in-headline';
import { isParticleSurname, JOINED_PARTICLES, NAME_PARTICLES } from './speaker-name-particles';

/** Capitalised words, with initials, particles ("von der", "de", "bin") and joined particles ("al-Assad") between them. */
const CAPS_RUN = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}\.\s+)?(?:(?:${NAME_PARTICLES.map((p) => p.word).join('|')})\s+){0,2}(?:(?:${JOINED_PARTICLES.join('|')})-)?\p{Lu}[\p{L}\p{M}'’-]*)+`,
  'gu',
);
const LOWER_WORD = /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}])/gu;
/** After a two-word run opening its sentence, a comma or a finite verb: "Will Okonjo runs …", "May Chen, 34, said …". */
const STATEMENT_AFTER = /^(?:,|\s+\p{Ll}+(?:s|ed)\b)/u;

/** Words the article writes in lower case: "Poor Mexico" opens with one, "Ellen Jordan" does not. */
export function commonWords(paragraphs: readonly { text: string }[]): Set<string> {
  const common = new Set<string>();
  for (const p of paragraphs) for (const w of p.text.matchAll(LOWER_WORD)) common.add(w[0]);
  return common;
}

export function collectNames(paragraphs: readonly { index: number; text: string; credit: boolean }[], common: ReadonlySet<string> = commonWords(paragraphs)): NameMention[] {
  const out: NameMention[] = [];
  const alone = aloneWords(paragraphs);
  for (const p of paragraphs) {
    if (p.credit) continue;
    for (const m of p.text.matchAll(CAPS_RUN)) {
      let words = m[0].split(/\s+/);
      // "Trump May 5": a month before its day ends no name
      if (NAME_LIKE.has(words[words.length - 1]!.toLowerCase()) && /^\s+\d/.test(p.text.slice(m.index + m[0].length))) words = words.slice(0, -1);
      // "Susan Stroud Goes After David Okafor …": first-name pairs inside a title-case line
      for (const name of namesInLongRun(words, m.index, p.index, common)) out.push(alone.has(name.last) ? { ...name, alone: true } : name);
      // "Barack Obama's America", "Tidewater Review’s Ian Quillan": a possessive ends one name and may start another
      let from = 0;
      let offset = m.index;
      let sentenceStart = /(?:^|[.!?:\u201C"]\s*)$/.test(p.text.slice(Math.max(0, m.index - 3), m.index));
      // ("Will Okonjo runs the clinic.": a first name that is also a modal opens a statement, not a question)
      if (sentenceStart && words.length === 2 && NAME_LIKE.has(words[0]!.toLowerCase()) && !/^[^.!?]*\?/.test(p.text.slice(m.index)) && STATEMENT_AFTER.test(p.text.slice(m.index + m[0].length))) sentenceStart = false;
      words.forEach((w, i) => {
        if (i === words.length - 1 || POSSESSIVE.test(w)) {
          const name = nameIn(words.slice(from, i + 1), offset, p.index, sentenceStart && from === 0, common);
          if (name) out.push(alone.has(name.last) ? { ...name, alone: true } : name);
          for (const x of words.slice(from, i + 1)) offset += x.length + 1;
          from = i + 1;
        }
      });
    }
  }
  return withoutParticleSurnames(out);
}

/**
 * "Von der Leyen" opening a sentence is the surname of the "Ursula von der Leyen" the article names: it
 * counts as that full name, never as a person of its own.
 */
function withoutParticleSurnames(names: NameMention[]): NameMention[] {
  const surnames = names.filter((n) => isParticleSurname(n.name));
  if (!surnames.length) return names;
  return names.map((n) => {
    if (!isParticleSurname(n.name)) return n;
    const full = names.find((f) => f.key !== n.key && f.key.endsWith(` ${n.key}`) && !isParticleSurname(f.name));
    return full ? { ...full, paragraph: n.paragraph, offset: n.offset, alone: n.alone } : n;
  });
}

/** Capitalised words written with no capitalised word beside them ("Fenwick said"), folded. */
function aloneWords(paragraphs: readonly { text: string }[]): Set<string> {
  const out = new Set<string>();
  const cap = (w: string | undefined): boolean => !!w && /^\p{Lu}/u.test(w);
  for (const p of paragraphs) {
    const words = p.text.split(/\s+/);
    words.forEach((w, i) => {
      const prev = words[i - 1];
      if (cap(w) && (!cap(prev) || /[.!?:;,]$/.test(prev ?? '')) && (/[.!?:;,]$/.test(w) || !cap(words[i + 1]))) out.add(foldKey(w.replace(/[^\p{L}'’-]+$/u, '')).replace(POSSESSIVE, ''));
    });
  }
  return out;
}
