// markdown-it comes with typedoc (the parser its pages are rendered with); only `parse` is used.
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: Record<string, unknown>);
    parse(src: string, env: object): unknown[];
  }
}
