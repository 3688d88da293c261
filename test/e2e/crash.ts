/**
 * Ends the app's Chromium the way a crash or a killed process would: SIGKILL, no unload events,
 * nothing flushed. Playwright gives no process handle for a persistent context, so the browser's
 * pid comes from the profile's SingletonLock ("<host>-<pid>"); its helpers (renderers, the GPU and
 * storage utilities) are the processes whose command line names the same unique profile folder.
 */
import { execFileSync } from 'node:child_process'
import { readlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { AppSession } from './app'

/** Pids of processes started with this profile folder (only ours: the folder is a fresh temp dir). */
function profileProcesses(profileDir: string): number[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(profileDir))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
}

export async function killBrowser(app: AppSession): Promise<void> {
  const lock = readlinkSync(join(app.profileDir, 'SingletonLock'))
  const browserPid = Number(lock.slice(lock.lastIndexOf('-') + 1))
  const pids = profileProcesses(app.profileDir)
  if (!pids.includes(browserPid)) throw new Error(`SingletonLock names pid ${browserPid}, which is not a process of ${app.profileDir}`)
  const closed = new Promise<void>((resolve) => app.context.once('close', () => resolve()))
  for (const pid of [browserPid, ...pids.filter((p) => p !== browserPid)]) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone: a helper exits by itself once the browser process is dead.
    }
  }
  await closed
  for (let waited = 0; profileProcesses(app.profileDir).length > 0; waited += 50) {
    if (waited > 10_000) throw new Error(`Chromium processes of ${app.profileDir} outlived SIGKILL`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
