/**
 * DATA: ad-break labels. A block is removed only when its ENTIRE text (case-insensitive, edge
 * punctuation ignored) is one of these phrases, or several of them in a row ("Advertisement Hide Ad").
 * A sentence that merely contains the word ("The advertisement campaign said …") never matches.
 */
import type { PhraseRule } from './phrase-rule';

export const AD_MARKERS: readonly PhraseRule[] = [
  // Global News and many CMSs: label div above each in-article ad slot.
  { id: 'story-continues-below-advertisement', pattern: 'story continues below (?:this )?(?:advertisement|ad)', kind: 'ad-break' },
  // The plain label on ad slots, in any case ("ADVERTISEMENT", "Advertisement").
  { id: 'advertisement', pattern: 'advertisements?', kind: 'ad-break' },
  // Short label variants ("Ad", "Advert", "Sponsored", "Paid content", "AdChoices").
  { id: 'ad-label', pattern: '(?:ad|advert|adverti[sz]ing|sponsored(?: content| links?)?|paid (?:content|post)|partner content|promoted(?: content)?|ad ?choices)', kind: 'ad-break' },
  // "Article continues below", "Article continues after the ad", "Content continues below video".
  { id: 'article-continues-below', pattern: '(?:the |our )?(?:article|story|text|content) continues (?:below|after|underneath)(?: (?:this |the |an )?(?:ad|advert|advertisement|video))?', kind: 'ad-break' },
  // "Continue reading below", "Continue reading the main story" (NYT).
  { id: 'continue-reading', pattern: 'continue reading (?:below|the main story|after (?:the )?(?:ad|advertisement))', kind: 'ad-break' },
  // CNN's "Ad Feedback" link under every slot.
  { id: 'ad-feedback', pattern: 'ad feedback', kind: 'ad-break' },
  // National World / Scotsman AMP: "Hide Ad" link next to "Advertisement".
  { id: 'hide-ad', pattern: '(?:hide|close|remove|skip) (?:this )?ads?', kind: 'ad-break' },
  // "Scroll to continue with content" (Daily Beast, AMP stories), "Advertisement - scroll to continue".
  { id: 'scroll-to-continue', pattern: 'scroll (?:down )?to continue(?: with (?:the )?(?:content|article|story|reading))?', kind: 'ad-break' },
  // "Advertisement · Continue reading below" pieces already covered; "Ads by Google" and "Report this ad".
  { id: 'ads-by', pattern: '(?:ads by \\w+|report this ad|why this ad\\??)', kind: 'ad-break' },
];
