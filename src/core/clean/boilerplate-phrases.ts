/**
 * DATA: whole-text labels of page furniture (menus, comment prompts, AMP notices, share, newsletter and
 * related-stories boxes). Like the ad markers, a block goes only when its ENTIRE text is the label.
 */
import type { PhraseRule } from './phrase-rule';

export const BOILERPLATE_PHRASES: readonly PhraseRule[] = [
  // Header menu buttons of AMP news pages: "Menu", "Topics", "Connect", "Search", "Sections".
  { id: 'menu-words', pattern: '(?:menu|main menu|open menu|close menu|topics|connect|sections|search|home|more|close|toggle navigation|navigation)', kind: 'menu' },
  // Slideshow counters left by a gallery whose controls are gone: "1 / 5", "3 of 12" (never a table's "58/42").
  { id: 'gallery-counter', pattern: '\\d{1,3} (?:/|of) \\d{1,3}', kind: 'menu' },
  // Skip links for keyboard users, meaningless in a reader view.
  { id: 'skip-link', pattern: 'skip to (?:the )?(?:main )?(?:content|article|navigation|main)', kind: 'menu' },
  // Notices written for screen readers inside a link, drawn as an icon or not at all: "Opens a new window", "(link is external)".
  { id: 'link-notice', pattern: '\\(?(?:opens?|will open|link opens) (?:in )?(?:a )?new (?:window|tab)\\)?|\\(?(?:link is external|external link)\\)?', kind: 'hidden' },
  // Reading-time and audio labels over the article: "4 min read", "Listen to this article", "Reading time: 6 minutes".
  { id: 'reading-time', pattern: '\\d{1,3} ?(?:min|mins|minutes?) (?:read|listen)|listen to (?:this )?(?:article|story)(?: \\d{1,2}:\\d{2})?|(?:estimated )?reading time:? \\d{1,3} ?(?:min|mins|minutes?)', kind: 'other' },
  // Prompts to follow the site elsewhere: "Follow us on Twitter and Facebook for more updates."
  { id: 'follow-prompt', pattern: 'follow (?:us|@[\\w.]+|[\\p{L} .’\']{1,40}) on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|whatsapp|telegram)(?:(?:,| and| or) (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|whatsapp|telegram))*(?: for (?:more |the latest )?(?:updates|news|stories|coverage))?', kind: 'share' },
  // Prompts for news tips: "Have a news tip? Email us at tips@…".
  { id: 'tip-prompt', pattern: '(?:have|got) a (?:news |story )?tip\\? .{1,100}', kind: 'other' },
  // The site's copyright line: "© 2025 The Coast Ledger. All rights reserved." (the sign itself is stripped before matching).
  { id: 'copyright-line', pattern: '(?:copyright )?(?:\\(c\\) )?\\d{4}(?:[-–]\\d{4})?,? [^.!?]{1,60}\\. all rights reserved|copyright (?:\\(c\\) )?\\d{4}(?:[-–]\\d{4})?,? [^.!?]{1,60}|all rights reserved', kind: 'other' },
  // Comment section headings and counters: "Comments", "12 Comments", "Comments (5 posted)", "Leave a comment".
  { id: 'comments-label', pattern: '(?:\\d+ )?(?:comments?|view comments|show comments|join the conversation|leave a (?:comment|reply)|post a comment)(?: \\(\\d+(?: posted)?\\)?)?', kind: 'comments' },
  // Comment policy prompts: "Want to discuss? Please read our comment policy."
  { id: 'commenting-policy', pattern: '(?:want to discuss\\? )?please read our comment(?:ing)? policy(?: first)?', kind: 'comments' },
  // AMP notices: "You are viewing an Accelerated Mobile Webpage." / "View Original Article".
  { id: 'amp-notice', pattern: '(?:you are viewing an accelerated mobile (?:web ?)?page|view (?:the )?(?:original|full|non-amp) (?:article|version|page|site))', kind: 'amp-notice' },
  // Share labels: "Share", "Share this article", "Share on Facebook", "Copy link", "Email", "Print".
  { id: 'share-label', pattern: '(?:share|share this(?: article| story| page)?|share on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email)|copy(?: article)? link|link copied|facebook|twitter|whatsapp|linkedin|reddit|pinterest|email|e-mail|print|tweet)', kind: 'share' },
  // Newsletter prompts ("Sign up for Harbor Notes, a free daily newsletter from …"); the box they head goes with them.
  { id: 'newsletter-prompt', pattern: '(?:sign up|subscribe)(?: (?:now|today|here))?(?: (?:to|for) (?:our |the )?[\\p{L}\\d\' ]{0,40}newsletters?)?|(?:sign up|subscribe) (?:to|for) [^.!?]{0,60}newsletter[^.!?]{0,60}|get (?:the |our )?[\\p{L}\\d\' ]{0,30}newsletter(?: in your inbox)?|(?:our |daily |weekly |free )?newsletters?', kind: 'newsletter', scope: 'section' },
  // Tag-list headings ("Tags:", "More about:", "Filed under:"); the links they head go with them.
  { id: 'tags-heading', pattern: '(?:tags?|more about|filed under|related topics|categories|explore more on these topics)', kind: 'related', scope: 'section' },
  // Related-stories headings; the list of links they head goes with them.
  { id: 'related-heading', pattern: '(?:related(?: stories| articles| news| content| coverage| links| video)?|read (?:more|next|also)|more (?:stories|from [\\p{L} .&\']{1,40}|on this (?:story|topic)|news)|you (?:may|might) also like|recommended(?: for you| stories)?|trending(?: now| stories)?|most (?:read|popular|viewed)|top stories|latest (?:news|stories))', kind: 'related', scope: 'section' },
];
