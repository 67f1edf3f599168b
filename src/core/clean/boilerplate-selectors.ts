/**
 * DATA: page furniture found by structure rather than text: AMP components, navigation, ad slots and
 * the boxes sites mark with class/id names. Structural rules first; then class/id name segments
 * ("c-ad--bigbox" → c, ad, bigbox; "helper__AdContainer" → helper, ad, container).
 */
import type { RemovalKind, RuleId } from '../types';

/**
 * A structural rule: an element matches when any one of its conditions holds. Plain data rather than
 * CSS selectors, so that one pass over the page checks every rule (selector engines are slow in jsdom).
 */
export interface SelectorRule {
  id: RuleId;
  kind: RemovalKind;
  /** Tag names (lower case). */
  tags?: readonly string[];
  /** ARIA roles. */
  roles?: readonly string[];
  /** Exact ids. */
  ids?: readonly string[];
  /** Id prefixes. */
  idPrefixes?: readonly string[];
  /** Attributes whose presence marks the element. */
  attrs?: readonly string[];
  /** [attribute, lower-case substring] pairs. */
  attrContains?: readonly (readonly [string, string])[];
  /** [attribute, lower-case prefix] pairs. */
  attrPrefix?: readonly (readonly [string, string])[];
  /** Never inside these elements (an <article>'s own <footer> is the article's). */
  notInside?: readonly string[];
  /** Whole regions (menus, footers, threads) go before the label rules, so their labels go with them. */
  early?: boolean;
}

export const SELECTOR_RULES: readonly SelectorRule[] = [
  // AMP ad components: in-article slots, embeds, sticky footers, auto ads.
  { id: 'amp-ad', kind: 'ad', tags: ['amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-auto-ads', 'amp-ad-exit'] },
  // AMP tracking and consent components: invisible, never article content.
  { id: 'amp-analytics', kind: 'hidden', early: true, tags: ['amp-analytics', 'amp-pixel', 'amp-call-tracking', 'amp-geo', 'amp-consent', 'amp-user-notification', 'amp-install-serviceworker', 'amp-experiment'] },
  // AMP's off-canvas menu (the "Menu / Topics / Connect" drawer).
  { id: 'amp-sidebar', kind: 'menu', early: true, tags: ['amp-sidebar'] },
  // Navigation landmarks.
  { id: 'nav', kind: 'menu', early: true, tags: ['nav'], roles: ['navigation', 'menubar', 'menu'] },
  // Classic ad tags: Google Publisher Tag divs, AdSense slots, ad iframes, labelled ad regions.
  { id: 'ad-slot', kind: 'ad', idPrefixes: ['div-gpt-ad', 'google_ads', 'gpt-ad', 'dfp-ad'], attrs: ['data-ad-slot', 'data-ad-unit', 'data-ad-unit-path', 'data-google-query-id'], attrContains: [['src', 'doubleclick.net'], ['src', 'googlesyndication.com'], ['data-testid', 'ad-slot']], attrPrefix: [['aria-label', 'advertisement']] },
  // AMP's share buttons and the share tools most CMSs ship.
  { id: 'share-buttons', kind: 'share', tags: ['amp-social-share', 'amp-addthis'], attrs: ['data-share'], attrPrefix: [['aria-label', 'share']], notInside: [] },
  // Comment threads and their embeds.
  { id: 'comment-thread', kind: 'comments', early: true, ids: ['disqus_thread', 'comments', 'respond'], attrContains: [['data-component', 'comments']] },
  // The site's page footer (links, legal) — not an article's, quote's or figure's own footer.
  { id: 'page-footer', kind: 'menu', early: true, tags: ['footer'], roles: ['contentinfo'], notInside: ['article', 'blockquote', 'figure'] },
  // Cookie and sign-up dialogs.
  { id: 'dialog', kind: 'other', early: true, tags: ['dialog'], roles: ['dialog', 'alertdialog'], attrContains: [['aria-modal', 'true']] },
];

export interface NameSegmentRule {
  id: RuleId;
  /** Class/id name segments (lower-cased) that mark the box. */
  segments: readonly string[];
  kind: RemovalKind;
  /** Comment threads hold prose; every other box is skipped when it holds article-like paragraphs. */
  mayHoldProse?: boolean;
}

export const NAME_SEGMENT_RULES: readonly NameSegmentRule[] = [
  // Ad slots and their wrappers: "ad", "ads", "advert", "dfp", "gpt", "mpu", native-ad networks.
  { id: 'ad-name', segments: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adcontainer', 'adwrapper', 'dfp', 'gpt', 'mpu', 'adsense', 'adsbygoogle', 'taboola', 'outbrain', 'teads', 'nativo'], kind: 'ad' },
  // Share bars.
  { id: 'share-name', segments: ['share', 'sharing', 'sharebar', 'sharetools', 'socialshare', 'addthis', 'sharethis'], kind: 'share' },
  // Newsletter sign-up boxes.
  { id: 'newsletter-name', segments: ['newsletter', 'newsletters', 'subscribe', 'signup'], kind: 'newsletter' },
  // Related / recommended / read-next rails.
  { id: 'related-name', segments: ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'readnext', 'morestories', 'trending', 'mostread', 'mostpopular'], kind: 'related' },
  // Comment sections.
  { id: 'comments-name', segments: ['comments', 'comment', 'disqus', 'commenting'], kind: 'comments', mayHoldProse: true },
  // The author's bio box after the article ("Ana Vale covers the harbour for …"); a long bio is kept as prose.
  { id: 'author-bio-name', segments: ['bio', 'authorbio', 'bylinebio'], kind: 'other' },
  // Asks for money: donation, membership and paywall boxes.
  { id: 'support-ask-name', segments: ['donate', 'donation', 'donations', 'membership', 'contribute', 'contributions', 'paywall', 'supportus'], kind: 'other' },
  // Menus, breadcrumbs, skip links.
  { id: 'menu-name', segments: ['menu', 'navbar', 'nav', 'navigation', 'breadcrumb', 'breadcrumbs', 'skiplink', 'megamenu', 'hamburger'], kind: 'menu' },
];
