/** The part of Eleventy's programmatic API the build uses (the package ships no type declarations). */
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    config?: (eleventyConfig: { addGlobalData(name: string, data: unknown): void }) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
