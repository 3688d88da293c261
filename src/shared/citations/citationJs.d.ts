/** The parts of Citation.js 0.7 the app uses (it ships no type declarations). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    data: Record<string, unknown>[]
    format(format: string, options?: Record<string, unknown>): unknown
  }
  export const plugins: {
    config: { get(name: string): unknown }
    input: { chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[] }
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'

/** Style and locale files bundled as text (Vite's `?raw`; declared here for the Node build's type check). */
declare module '*.csl?raw' {
  const xml: string
  export default xml
}
declare module '*.xml?raw' {
  const xml: string
  export default xml
}
