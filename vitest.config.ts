import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './test/support/summaryReporter.ts'],
    projects: [
      {
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/{main,shared,db}/**/*.test.ts', 'src/**/*.test.ts'],
          setupFiles: ['test/setup.ts']
        }
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000
        }
      },
      // `npm run test:electron` only (it sets DESK_E2E_TARGET once it has found an Electron binary).
      ...(process.env['DESK_E2E_TARGET'] === 'electron'
        ? [
            {
              resolve: { alias },
              test: {
                name: 'electron',
                environment: 'node',
                include: ['test/e2e/**/*.test.ts', 'test/electron/**/*.test.ts'],
                exclude: ['test/e2e/package.test.ts'],
                globalSetup: ['test/electron/globalSetup.ts'],
                fileParallelism: false,
                testTimeout: 90_000,
                hookTimeout: 180_000
              }
            }
          ]
        : [])
    ]
  }
})
