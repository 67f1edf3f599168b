/**
 * DATA: speech cues. `frame` says what follows the cue:
 * - 'clause'  X said (that) CONTENT / CONTENT, X said — reported speech or a quote
 * - 'object'  X told reporters (that) CONTENT / X urged voters to … — a listener comes first
 * - 'quote'   X welcomed "…" / called it "…" — attributes a quote, never bare reported speech
 * Forms are listed in full (no stemming at run time); one regex is compiled from them below.
 */
export type CueFrame = 'clause' | 'object' | 'quote';

export interface SpeechVerb {
  id: string;
  forms: readonly string[];
  frame: CueFrame;
}

const v = (id: string, frame: CueFrame, forms: string): SpeechVerb => ({ id, frame, forms: forms.split(' ') });

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  v('say', 'clause', 'said says say saying'), // the cue of most attributions
  v('add', 'clause', 'added adds adding add'), // "…," he added
  v('tell', 'object', 'told tells telling tell'), // X told reporters that …
  v('write', 'clause', 'wrote writes writing write'), // X wrote in a memo …
  v('tweet', 'clause', 'tweeted tweets tweeting tweet'), // X tweeted …
  v('post', 'clause', 'posted'), // X posted on Facebook …
  v('argue', 'clause', 'argued argues arguing argue'),
  v('warn', 'clause', 'warned warns warning warn'),
  v('claim', 'clause', 'claimed claims claiming claim'),
  v('note', 'clause', 'noted notes noting note'),
  v('explain', 'clause', 'explained explains explaining explain'),
  v('insist', 'clause', 'insisted insists insisting insist'),
  v('acknowledge', 'clause', 'acknowledged acknowledges acknowledging acknowledge'),
  v('admit', 'clause', 'admitted admits admitting admit'),
  v('announce', 'clause', 'announced announces announcing announce'),
  v('assert', 'clause', 'asserted asserts asserting assert'),
  v('contend', 'clause', 'contended contends contending contend'),
  v('declare', 'clause', 'declared declares declaring declare'),
  v('deny', 'clause', 'denied denies denying deny'),
  v('suggest', 'clause', 'suggested suggests suggesting suggest'),
  v('state', 'clause', 'stated stating'), // "stating that …" (never "states": a plural noun)
  v('stress', 'clause', 'stressed stresses stressing stress'),
  v('emphasize', 'clause', 'emphasized emphasised emphasizes emphasises emphasizing emphasize'),
  v('predict', 'clause', 'predicted predicts predicting predict'),
  v('promise', 'clause', 'promised promises promising promise'),
  v('vow', 'clause', 'vowed vows vowing vow'),
  v('pledge', 'clause', 'pledged pledges pledging pledge'),
  v('report', 'clause', 'reported reports reporting report'),
  v('reveal', 'clause', 'revealed reveals revealing reveal'),
  v('confirm', 'clause', 'confirmed confirms confirming confirm'),
  v('complain', 'clause', 'complained complains complaining complain'),
  v('concede', 'clause', 'conceded concedes conceding concede'),
  v('conclude', 'clause', 'concluded concludes concluding conclude'),
  v('recall', 'clause', 'recalled recalls recalling recall'),
  v('respond', 'clause', 'responded responds responding respond'),
  v('reply', 'clause', 'replied replies replying reply'),
  v('observe', 'clause', 'observed observes observing observe'),
  v('maintain', 'clause', 'maintained maintains maintain'),
  v('allege', 'clause', 'alleged alleges alleging allege'),
  v('testify', 'clause', 'testified testifies testifying testify'),
  v('remark', 'clause', 'remarked remarking'),
  v('continue', 'clause', 'continued'), // "…," she continued
  v('put', 'clause', 'put puts'), // "as Marc Trévidic put it, “…”", "as X puts it" (only before "it")
  v('lament', 'clause', 'lamented laments lamenting'), // X lamented that …
  v('order', 'quote', 'ordered orders ordering'), // X ordered the agency to …
  v('recount', 'clause', 'recounted'),
  v('reiterate', 'clause', 'reiterated reiterates reiterating reiterate'),
  v('repeat', 'clause', 'repeated repeats repeating'),
  v('counter', 'clause', 'countered counters counter'),
  v('retort', 'clause', 'retorted'),
  v('quip', 'clause', 'quipped quips quip'),
  v('joke', 'clause', 'joked jokes joke'),
  v('boast', 'clause', 'boasted boasts bragged boast brags bragging boasting'),
  v('exclaim', 'clause', 'exclaimed'),
  v('shout', 'clause', 'shouted shouts shouting yelled yells screamed chanted'),
  v('agree', 'clause', 'agreed agrees agree'),
  v('caution', 'clause', 'cautioned cautions caution'),
  v('disclose', 'clause', 'disclosed'),
  v('indicate', 'clause', 'indicated indicates indicate'),
  v('estimate', 'clause', 'estimated estimates estimating estimate'),
  v('assure', 'object', 'assured assures assure'),
  v('remind', 'object', 'reminded reminds remind'),
  v('ask', 'object', 'asked asks asking ask'),
  v('urge', 'object', 'urged urges urging urge'),
  v('accuse', 'object', 'accused accuses accusing accuse'),
  v('inform', 'object', 'informed informs inform'),
  v('welcome', 'quote', 'welcomed welcomes welcome welcoming'), // welcomed "its constructive nature"
  v('call', 'quote', 'called calls calling call'), // called it "a disgrace"
  v('describe', 'quote', 'described describes describing describe'), // described it as "…"
  v('dub', 'quote', 'dubbed dubs dub dubbing'),
  v('label', 'quote', 'labeled labelled labels label labeling'),
  v('term', 'quote', 'termed'),
  v('praise', 'quote', 'praised praises praise praising'),
  v('hail', 'quote', 'hailed hails hailing'),
  v('denounce', 'quote', 'denounced denounces denounce denouncing'),
  v('condemn', 'quote', 'condemned condemns condemn condemning'),
  v('criticize', 'quote', 'criticized criticised criticizes criticize criticizing'),
  v('blast', 'quote', 'blasted blasts blast blasting'),
  v('slam', 'quote', 'slammed slams slam slamming'),
  v('mock', 'quote', 'mocked mocks mock mocking'),
  v('refer', 'quote', 'referred refers referring'),
  v('cite', 'quote', 'cited cites citing'),
  v('characterize', 'quote', 'characterized characterised characterize'),
  // verbs whose object is what was said ("offered his condolences", "talked about jobs")
  v('talk', 'quote', 'talked talking'),
  v('speak', 'quote', 'spoke speaking'),
  v('express', 'quote', 'expressed expresses expressing voiced'),
  v('offer', 'quote', 'offered offering'),
  v('point', 'quote', 'pointed points pointing'),
  v('defend', 'quote', 'defended defends defending'),
  v('propose', 'quote', 'proposed proposes proposing'),
  v('mention', 'quote', 'mentioned mentioning mention'),
  v('question', 'quote', 'questioned questioning'),
  v('attack', 'quote', 'attacked attacking'),
  v('dismiss', 'quote', 'dismissed dismisses dismissing'),
  v('blame', 'quote', 'blamed blames blaming'),
  v('request', 'quote', 'requested'),
  v('threaten', 'quote', 'threatened threatens threatening'),
  v('highlight', 'quote', 'highlighted highlighting'),
  v('tout', 'quote', 'touted touts touting'),
  v('recommend', 'quote', 'recommended recommends recommending'),
  v('signal', 'quote', 'signaled signalled'),
  v('thank', 'quote', 'thanked thanking'),
  v('demand', 'quote', 'demanded demanding'),
  v('decry', 'quote', 'decried decries decrying'),
  v('plead', 'quote', 'pleaded pleads'),
  v('hint', 'clause', 'hinted hinting'),
  v('rule', 'clause', 'ruled'), // the court ruled that …
  v('forecast', 'clause', 'forecast'),
  v('comment', 'clause', 'commented commenting'), // X commented that … (never "comments": a plural noun)
  v('email', 'clause', 'emailed'), // X emailed that …
  v('applaud', 'quote', 'applauded applauds applauding'), // X applauded the decision
];

/** Form → verb entry. */
export const VERB_BY_FORM: ReadonlyMap<string, SpeechVerb> = new Map(
  SPEECH_VERBS.flatMap((e) => e.forms.map((f) => [f, e] as const)),
);

/** Any verb form as a whole word (lower-case text only: "Said" starting a sentence is rare). */
export const VERB_RE = new RegExp(`\\b(?:${[...VERB_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** Speech nouns that attribute by themselves: "according to X", "in a statement" — never "according to" a measure or a
 * plan, which names no source ("ranked according to how popular they were", "went according to plan"); "as (first)
 * reported by X" attributes as "according to X" does. */
export const ACCORDING_RE = /\b[Aa]ccording to\b(?!\s+(?:how|what|whether|which|where|when|plan|schedule|custom|tradition|need|size|age|rank)\b)|\b[Aa]s (?:first |previously |originally |initially )?reported by\b/g;
