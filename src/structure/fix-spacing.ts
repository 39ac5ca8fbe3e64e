/**
 * Missing spaces after sentence punctuation, as content spinners leave them: "Ukraine.Pokrovsk,a key"
 * → "Ukraine. Pokrovsk, a key". Only letter–punctuation–letter seams are touched, so numbers (1,000;
 * 3.5), abbreviations (U.S.Aid keeps its dots) and web addresses stay as written.
 */
export function fixSpacing(text: string): string {
  if (!/[.!?,][^\s\d.!?,]/.test(text)) return text;
  return text
    .replace(/(\p{Ll}{2}|[)”’"])([.!?])(\p{Lu}\p{Ll})/gu, "$1$2 $3")
    .replace(/(\p{Ll}{2}|\b\d{4}),(?=\p{L})/gu, "$1, ");
}
