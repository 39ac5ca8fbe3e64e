import type { LineRule } from "../model";
import { removeAdLabel } from "./remove-ad-label";
import { removeChartBlock } from "./remove-chart-block";
import { removeAuthorBox } from "./remove-author-box";
import { removeEngagementPrompt } from "./remove-engagement-prompt";
import { removeInlineLink } from "./remove-inline-link";
import { removeCategoryLine } from "./remove-category-line";
import { removeKeywordList } from "./remove-keyword-list";
import { removeMediaCaption } from "./remove-media-caption";
import { removeNewsTicker } from "./remove-news-ticker";
import { removePromoBox } from "./remove-promo-box";
import { removePollWidget } from "./remove-poll-widget";
import { removePressContact } from "./remove-press-contact";
import { removeReaderQuestion } from "./remove-reader-question";
import { removeSeoNotes } from "./remove-seo-notes";
import { removeGeneratorChatter } from "./remove-generator-chatter";
import { removeCommentWidget } from "./remove-comment-widget";
import { removeConsentNotice } from "./remove-consent-notice";
import { removeEmptyImage } from "./remove-empty-image";
import { removeRelatedTeasers } from "./remove-related-teasers";
import { removeShareWidget } from "./remove-share-widget";
import { removeSocialEmbed } from "./remove-social-embed";
import { removeSiteFooter } from "./remove-site-footer";
import { removeSubscribePrompt } from "./remove-subscribe-prompt";
import { removeAffiliateNotice } from "./remove-affiliate-notice";
import { removeEditorialPolicy } from "./remove-editorial-policy";
import { removeDonationBox } from "./remove-donation-box";
import { removeGamblingPromo } from "./remove-gambling-promo";
import { removeTableOfContents } from "./remove-table-of-contents";
import { removeTeaserExcerpts } from "./remove-teaser-excerpts";
import { removeUiMessage } from "./remove-ui-message";
import { removeWriterNote } from "./remove-writer-note";
import { removeQuoteWidget } from "./remove-quote-widget";

/**
 * Line rules in the order they run. Single-line labels go first so that the rules that look at
 * neighbours (teaser runs, comment boxes) see real text on either side, not an "Advertisement" label.
 * The comment box goes last: it cuts to the end, and the other rules' reasons are more precise.
 */
export const LINE_RULES: readonly LineRule[] = [
  removeAdLabel,
  // Before the buttons and credits: the chart tool's buttons and the graphic's credit mark its labels.
  removeChartBlock,
  // Before the buttons: a quote box's "Kaufen" / "Verkaufen" are its own.
  removeQuoteWidget,
  removeShareWidget,
  removeConsentNotice,
  // Before the buttons and prompts: a poll's "Vote" and "Was this article helpful?" take its answers with them.
  removePollWidget,
  removeUiMessage,
  removeSocialEmbed,
  removeSubscribePrompt,
  removeDonationBox,
  removeAffiliateNotice,
  removeEditorialPolicy,
  removeGamblingPromo,
  // Before the empty pictures: a bare "Video" over a title and a running time is a clip's card, all of it.
  removeMediaCaption,
  removeEmptyImage,
  removeInlineLink,
  removeNewsTicker,
  removeAuthorBox,
  removeWriterNote,
  removePromoBox,
  removePressContact,
  removeEngagementPrompt,
  removeSeoNotes,
  removeGeneratorChatter,
  removeTableOfContents,
  removeTeaserExcerpts,
  removeRelatedTeasers,
  removeKeywordList,
  removeCategoryLine,
  removeReaderQuestion,
  removeCommentWidget,
  removeSiteFooter,
];
