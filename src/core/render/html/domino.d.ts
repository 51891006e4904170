// domino (turndown's own HTML parser in Node) ships typings against the DOM lib, which src/core does not load;
// parseHtml.ts views the result through domTypes.ts.
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): object;
}
