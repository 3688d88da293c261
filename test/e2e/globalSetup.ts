import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from '../../scripts/static-server'
import { findChromium } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromiumPath: string
    /** 'electron' under `npm run test:electron`; the browser build otherwise. */
    target?: 'browser' | 'electron'
    electronPath?: string
  }
}

const root = resolve(__dirname, '../..')

/** Builds the renderer once, serves it on loopback, and hands the URL to every e2e test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium()
  execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (!existsSync(resolve(root, 'out/renderer/index.html'))) throw new Error('The renderer build produced no index.html.')
  const server = await startStaticServer({ rendererDir: resolve(root, 'out/renderer'), datasetDir: resolve(root, 'resources/dataset') })
  project.provide('baseUrl', server.url)
  project.provide('chromiumPath', chromiumPath)
  return () => server.close()
}
