// The RSS plugin ships JSDoc, not TypeScript declarations: the part .eleventy.ts uses.
declare module "@11ty/eleventy-plugin-rss" {
  export const rssPlugin: unknown;
}
