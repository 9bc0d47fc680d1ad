/** The part of Eleventy's programmatic API the build uses (the package ships no type declarations). */
declare module '@11ty/eleventy' {
  /** What a transform sees of the page it transforms (`this.page`). */
  interface TransformContext {
    page: { outputPath: string | false };
  }
  interface EleventyUserConfig {
    addGlobalData(name: string, data: unknown): void;
    /** Whether the project's `.gitignore` also keeps files out of the input (true by default). */
    setUseGitIgnore(enabled: boolean): void;
    addTransform(name: string, callback: (this: TransformContext, content: string) => string | Promise<string>): void;
  }
  interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    config?: (eleventyConfig: EleventyUserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Renders every page but writes none. */
    setDryRun(isDryRun: boolean): void;
    /** Silences Eleventy's own log lines (its errors still reject `write()`). */
    disableLogger(): void;
    write(): Promise<unknown>;
  }
}
