/**
 * Whether a lead before a colon ("Lewandowski: …", "TAPPER: …", "Bonus: …", "Navigation Roadblocks: …")
 * may name a speaker, judged from the whole article: a list or a guide heads its items with labels it
 * never uses as names, while a transcript repeats its speakers' labels and a news story names the people
 * it quotes elsewhere. A paragraph alone cannot tell the two apart, so the check is built once per article.
 */
import { foldKey } from '../text/normalize';
import { noPersonShape, type LeadArticle } from './colon-lead-shapes';
import type { Paragraph } from './model';

/** A lead of up to four capitalised words and a colon opening a paragraph (group 1), past the audience or the place
 * a headline names after it ("Clinton to Planned Parenthood:", "Former AG Mukasey at RNC:"). */
export const LEAD = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)(?:\s+(?:to|at)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})?:\s+(?=\S)/u;

/** May the lead of paragraph `paragraph` name a speaker? */
export type LeadCheck = (lead: string, paragraph: number) => boolean;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** What ends a sentence before a word, so a capital after it is only the sentence's. */
const SENTENCE_END = /(?:^|[.!?:;\u201C\u201D"(—–-])\s*$/;
/** A paragraph with at least this share of capitalised words is a title, whose capitals name nothing. */
const TITLE_SHARE = 0.6;

/**
 * DATA: the ways an article vouches for a lead, each one sufficient (anything else is a heading).
 */
const SUPPORT: readonly { id: string; test: (words: readonly string[], lead: string, paragraph: number, article: ArticleLeads) => boolean; reason: string }[] = [
  // "Pence: Trump was mocking Clinton": the article's first block is its headline, led by a source as headlines are
  { id: 'headline', test: (_w, _l, paragraph) => paragraph === 0, reason: 'headline' },
  // "JAKE TAPPER: …" … "TAPPER: …": a transcript repeats its speakers' labels
  { id: 'recurring-label', test: (_w, lead, _p, article) => (article.leads.get(leadKey(lead)) ?? 0) >= 2, reason: 'transcript' },
  // "Matthews: …" after "Chris Matthews, the host, asked": a word of the lead names someone in another paragraph
  { id: 'named-elsewhere', test: (words, _l, paragraph, article) => words.some((w) => [...(article.named.get(w) ?? [])].some((at) => at !== paragraph)), reason: 'named' },
];

/** A lead in capitals is a transcript's speaker, written in full once and by surname after: keyed by its last word. */
function leadKey(lead: string): string {
  const key = foldKey(lead);
  return lead === lead.toUpperCase() ? key.slice(key.lastIndexOf(' ') + 1) : key;
}

interface ArticleLeads {
  /** How many paragraphs each lead opens (by leadKey). */
  leads: Map<string, number>;
  /** What the shapes of a lead are judged against (colon-lead-shapes). */
  shapes: LeadArticle;
  /** Paragraph → its text after its lead's colon. */
  rests: Map<number, string>;
  /** Capitalised words written inside a sentence of prose (folded) → the paragraphs that write them. */
  named: Map<string, Set<number>>;
}

function readArticle(paragraphs: readonly Paragraph[], lower: ReadonlySet<string>): ArticleLeads {
  const leads = new Map<string, number>();
  const named = new Map<string, Set<number>>();
  const byParagraph = new Map<number, string>();
  const rests = new Map<number, string>();
  for (const p of paragraphs) {
    if (p.credit) continue;
    const lead = LEAD.exec(p.masked);
    if (lead?.[1]) {
      leads.set(leadKey(lead[1]), (leads.get(leadKey(lead[1])) ?? 0) + 1);
      byParagraph.set(p.index, lead[1]);
      rests.set(p.index, p.text.slice(lead[0].length));
    }
    const from = lead ? lead[0].length : 0;
    const words = [...p.masked.slice(from).matchAll(WORD)];
    if (words.filter((w) => CAPITALISED.test(w[0])).length >= TITLE_SHARE * words.length) continue;
    for (const w of words) {
      if (!CAPITALISED.test(w[0]) || SENTENCE_END.test(p.masked.slice(Math.max(0, from + w.index - 3), from + w.index))) continue;
      const key = foldKey(w[0]).replace(/['’]s?$/, '');
      const at = named.get(key) ?? new Set<number>();
      at.add(p.index);
      named.set(key, at);
    }
  }
  return { leads, named, rests, shapes: { texts: paragraphs.map((p) => p.text), lower, leads: byParagraph } };
}

/** The article's check of colon leads, read from the article the first time a lead is asked about. */
export function leadCheck(paragraphs: readonly Paragraph[], common: ReadonlySet<string>): LeadCheck {
  // (most articles open no paragraph with a lead: they never pay for the reading)
  let article: ArticleLeads | null = null;
  return (lead, paragraph) => {
    article ??= readArticle(paragraphs, common);
    const read = article as ArticleLeads;
    // (a title, a topic, a list's label or an imperative names no one, however the article vouches for its words)
    const written = lead.split(/\s+/).filter(Boolean);
    if (noPersonShape({ words: written, paragraph, rest: read.rests.get(paragraph) ?? '', article: read.shapes })) return false;
    const words = (lead.match(WORD) ?? []).map((w) => foldKey(w).replace(/['’]s?$/, '')).filter((w) => w.length > 1);
    return SUPPORT.some((s) => s.test(words, lead, paragraph, read));
  };
}
