import type { ArticleInput } from "../../src/site/model";

/** A large made-up archive for the benchmark and the model's size test: 15 years, 60 tags, 40 authors,
 *  and names that recur across articles. */
export function syntheticArticles(count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `/a/${i}/`,
    title: `Article ${i}`,
    date: `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    authors: [`Author ${i % 40}`],
    tags: [`Tag ${i % 60}`, `Tag ${i % 7}`],
    text: `Officials met in Kyiv and Odesa. Minister Petro Ivanenko${i % 50} said the talks went well. `.repeat(20),
  }));
}
