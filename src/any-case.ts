/** Case-blind keywords in an expression that must still tell a capital: under the `i` flag, `\p{Lu}`
 *  matches every letter (case folding reaches property escapes too), so "by \p{Lu}" read "by the way"
 *  as a byline. Such an expression drops the flag and spells its keywords in the cases a page prints
 *  them: as written, capitalised, each word capitalised, and in capitals. */
export function anyCase(alternatives: string): string {
  const forms = alternatives.split("|").flatMap((w) => {
    // Plain words (and character classes such as "[- ]") only: uppercasing "\s" or "(?:" would change them.
    if (/[\\(]/.test(w)) throw new Error(`anyCase: Unexpected escape or group in "${w}", expected plain words`);
    const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    return [w, capital(w), w.split(" ").map(capital).join(" "), w.toUpperCase()];
  });
  return [...new Set(forms)].join("|");
}
