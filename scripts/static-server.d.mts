export declare const CSP: string
export declare function startStaticServer(options: {
  rendererDir: string
  datasetDir: string
  port?: number
  host?: string
}): Promise<{ url: string; close: () => Promise<void> }>
