import { lineMatchRule } from "./define";
import { REPORTED_SPEECH } from "../text";

/** A site's box asking for gifts, inside or under the text: its heading ("Support Local Journalism",
 *  "Donate to <the paper>", "Support the show", a charity's "Could you give monthly?" and "Give
 *  monthly") and its pitch, the reader's gift and what it does ("… has been free since 1989. Help keep it
 *  that way. A monthly contribution of any size …", a gift's tile under its amount, "Your donation will support the student journalists
 *  …", "Regular gifts help us plan ahead …", "Gift Aid it! …", "Our readers helped us continue this coverage …, and we are grateful for the
 *  support.") and a members' club's name ("Join the <paper> Press Club"). The same on every page of the site, never
 *  the story. (The asks that name the site's funding or its journalism are remove-subscribe-prompt's.) */
const HEADING = /^(?:join (?:the |our )?[\p{L}\d &'’.-]{1,40} (?:press club|members(?:hip)?(?: (?:club|program|programme))?|insiders)|support (?:independent translation|the show|the podcast|local journalism|independent journalism|local news|our (?:work|journalism|newsroom|reporting))|donate(?: (?:now|today|to \p{Lu}[\p{L}\d &'’.-]{1,40}))?|give (?:monthly|today|now)|make a (?:monthly |one-off |regular )?(?:gift|donation)|could you (?:give|donate) (?:monthly|today|regularly)\?)[.!]?$/iu;
const HEADING_MAX_CHARS = 60;
const PITCH = /\b(?:is|are) (?:reader|member|listener)-(?:funded|supported)\b|\bpaid for by (?:readers|members|listeners) like you\b|\breaders(?: like you)? (?:help(?:ed)?|make|made|keep|kept) (?:us|our|this|it)\b[^.!?]{0,120}\b(?:support|possible)\b|\byour (?:donation|contribution|gift|support)s? (?:will|helps?|keeps?|allows?|makes?|goes)\b|\b(?:a|regular|monthly) (?:monthly )?(?:contribution|gift|donation)s? (?:of any (?:size|amount) )?(?:helps?|keeps?|makes?|allows?|will)\b|\bgift aid it\b|\bhelp (?:us )?keep it (?:that way|free)\b/i;
/** A word every form of PITCH holds, as one plain search before the expression. */
const PITCH_HINT = /donat|contribut|gift|support|keep it|funded|paid for|possible/i;
/** A gift's tile under its amount, which the price rule took ("£10" / "could provide three days of
 *  emergency food for one person"): what the gift does, in lowercase, as no sentence of the text opens. */
const TILE = /^(?:could|can|will|would) (?:provide|pay for|buy|fund|feed|keep|fill|cover|give)\b/;
const TILE_MAX_CHARS = 120;
/** A pitch is a sentence or three; a longer paragraph that mentions gifts is the story's. */
const PITCH_MAX_CHARS = 300;

export const removeDonationBox = lineMatchRule("remove-donation-box", "the site's box asking for gifts", (t) => (t.length <= HEADING_MAX_CHARS && HEADING.test(t)) || (t.length <= TILE_MAX_CHARS && TILE.test(t)) || (t.length <= PITCH_MAX_CHARS && PITCH_HINT.test(t) && PITCH.test(t) && !REPORTED_SPEECH.test(t)));
