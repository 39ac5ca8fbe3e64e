// Eleventy 3 ships JSDoc, not TypeScript declarations: this is the part of its API the scripts use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; pathPrefix?: string; quietMode?: boolean });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
