import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, wordCount } from "../text";

/** A security's quote box set in a business story: the company's or the index's name, the last price
 *  with its currency, the change with its percentage, the exchange and the time, and the broker's buttons
 *  ("HALVERT AG" / "47,12 EUR" / "+0,87 (+1,88 %)" / "Tradegate, 16:35:12" / "Kaufen" / "Verkaufen").
 *  Its short lines and its time broke the run of prose: left in, the paragraph over the box was cut off
 *  as the page's header. The price and the change together make the box; either alone is the text's. */

/** The change since the last close: signed, with its percentage beside it or alone ("+0,87 (+1,88 %)",
 *  "-1.20 (-0.63%)", "▲ 2.3%", "−1,4 %"). */
const CHANGE = /^(?:[▲▼△▽]\s?)?[+−–-]\s?\d[\d.,]*\s?%?(?:\s*\(\s?[+−–-]?\s?\d[\d.,]*\s?%\s?\))?$|^(?:[▲▼△▽]\s?)\d[\d.,]*\s?%$/u;
/** The last price with its currency or unit ("47,12 EUR", "$189.43", "18.204,5 Pkt."). */
const LAST_PRICE = /^(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:EUR|USD|CHF|GBP|JPY|€|\$|£|Pkt\.?|pts|points))$/u;
/** The exchange and the time of the price ("Tradegate, 16:35:12", "Xetra 17:35", "NYSE · 4:00 PM ET"). */
const VENUE_TIME = /^[\p{L}&. -]{2,30}[,·|]?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$/u;
/** The broker's buttons and the box's links. */
const BUTTON = /^(?:kaufen|verkaufen|handeln|zur aktie|zum chart|buy|sell|trade|acheter|vendre|comprar|vender|compra|vendi|kopen|verkopen|chart|kurs|realtime|echtzeit)$/iu;
/** The security's name over its price: a few words without a stop. */
const NAME_MAX_WORDS = 6;
const isName = (t: string): boolean => !endsLikeSentence(t) && !t.includes(":") && wordCount(t, NAME_MAX_WORDS + 1) <= NAME_MAX_WORDS;

const REASON = "security's quote box";

export const removeQuoteWidget: LineRule = {
  id: "remove-quote-widget",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    let after = -1;
    lines.forEach((l, i) => {
      if (i <= after || !LAST_PRICE.test(l.text) || !CHANGE.test(lines[i + 1]?.text ?? "")) return;
      const start = i > 0 && isName(lines[i - 1]!.text) && !CHANGE.test(lines[i - 1]!.text) ? i - 1 : i;
      let end = i + 1;
      while (end + 1 < lines.length && (VENUE_TIME.test(lines[end + 1]!.text) || BUTTON.test(lines[end + 1]!.text))) end++;
      for (let k = start; k <= end; k++) marks.push({ index: k, reason: REASON });
      after = end;
    });
    return marks;
  },
};
