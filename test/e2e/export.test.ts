import { readFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { newProfileDir, openApp, selectInReader, screenshot, type AppSession } from './app'

let app: AppSession | undefined
let second: AppSession | undefined
afterEach(async () => {
  await app?.close()
  await second?.close()
  app = undefined
  second = undefined
})


/** Clicks the dialog's Export… button and returns the downloaded file's bytes and name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path) }
}

const NOTE = 'Successor to **ADM 2025**; check the | pipe and # hash survive.'
const QUOTE = 'Viet Nam has been entrusted to lead the development of ADM2030'

async function annotate(page: Page, app: AppSession): Promise<void> {
  await page.goto(app.url('/initiatives/adm-2030'))
  await page.getByRole('button', { name: 'Add note' }).click()
  await page.getByRole('textbox', { name: 'Note' }).fill(NOTE)
  await page.getByRole('combobox', { name: 'Add tag' }).fill('chapter 2')
  await page.getByRole('combobox', { name: 'Add tag' }).press('Enter')
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()

  await page.goto(app.url('/sources/th-press-release-adgmin5'))
  await page.locator('.reader-text').waitFor()
  await selectInReader(page, QUOTE)
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight yellow' }).click()
  const panel = page.getByRole('complementary', { name: 'Highlight' })
  await panel.getByRole('textbox', { name: 'Note' }).fill('The mandate for ADM 2030.')
  await panel.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
  await panel.getByRole('combobox', { name: 'About initiative' }).selectOption('adm-2030')
  await panel.getByRole('list', { name: 'Linked initiatives' }).getByText('ASEAN Digital Masterplan 2030').waitFor()
}

/** The ADM 2030 initiative's Export dialog, opened from its page. */
async function openInitiativeExport(page: Page, app: AppSession): Promise<Locator> {
  await page.goto(app.url('/initiatives/adm-2030'))
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  return page.getByRole('dialog', { name: 'Export' })
}

describe('export and backup', () => {
  it('exports one initiative to Markdown with front matter, the note verbatim and a cited highlight', async () => {
    app = await openApp()
    const { page } = app
    await annotate(page, app)
    const dialog = await openInitiativeExport(page, app)
    await dialog.getByRole('radio', { name: /This initiative/ }).waitFor()
    expect(await dialog.getByRole('radio', { name: /This initiative/ }).isChecked()).toBe(true)
    await screenshot(page, 'export-dialog-light')
    const file = await download(page, () => dialog.getByRole('button', { name: 'Export…' }).click())
    expect(file.name).toBe('ASEAN Digital Masterplan 2030.md')
    const md = file.bytes.toString('utf8')
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? ''
    expect(front).toContain('title: "ASEAN Digital Masterplan 2030"')
    expect(front).toContain('type: "initiative"')
    expect(front).toContain('id: "adm-2030"')
    expect(front).toMatch(/exported: "\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/)
    expect(front).toContain('tags: ["chapter-2"]')
    expect(front).toContain('acronym: "ADM 2030"')
    expect(md).toContain(`\n${NOTE}\n`)
    expect(md).toContain(`> ${QUOTE}`)
    expect(md).toMatch(/— \*ASEAN Digital Ministers advocate[^*]*\*, Ministry of Digital Economy and Society[^\n]*2025-01-16[^\n]*¶ \d+ \^hl-[0-9a-f-]+\n/)
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('status').filter({ hasText: /^Exported to / }).waitFor()
    expect(app.problems).toEqual([])
  })

  it('exports notes for pandoc, with the cited sources as CSL-JSON, BibLaTeX, BibTeX and RIS beside them', async () => {
    app = await openApp()
    const { page } = app
    await annotate(page, app)
    const dialog = await openInitiativeExport(page, app)
    await dialog.getByRole('radio', { name: /Pandoc citations/ }).check()
    await dialog.getByRole('checkbox', { name: /BibTeX/ }).check()
    await dialog.getByRole('checkbox', { name: /RIS/ }).check()
    await screenshot(page, 'export-dialog-pandoc')
    const file = await download(page, () => dialog.getByRole('button', { name: 'Export…' }).click())
    const entries = unzipSync(new Uint8Array(file.bytes))
    const read = (name: string): string => strFromU8(Object.entries(entries).find(([path]) => path.endsWith(`/${name}`))![1])
    const md = read('ASEAN Digital Masterplan 2030.md')
    const key = /\[@(mdes2025[a-z]+), para\. \d+\] \^hl-/.exec(md)?.[1]
    expect(key).toBeDefined()
    expect(md).toContain('bibliography: "references.json"')
    const json = JSON.parse(read('references.json')) as { id: string; title: string }[]
    expect(json.map((i) => i.id)).toEqual([key])
    expect(read('references.bib')).toContain(`{${key},`)
    expect(read('sources.bib')).toMatch(new RegExp(`@misc\\{${key},[\\s\\S]*title = \\{ASEAN`))
    expect(read('sources.ris')).toMatch(new RegExp(`^TY {2}- GEN\\nAU {2}- Ministry of Digital Economy and Society \\(MDES\\), Thailand\\n[\\s\\S]*ID {2}- ${key}\\n`))
    expect(app.problems).toEqual([])
  })

  it('exports a vault whose every [[link]] has a file, from the keyboard', async () => {
    app = await openApp()
    const { page } = app
    await annotate(page, app)
    await page.goto(app.url('/notes'))
    await page.getByRole('heading', { name: 'Notes', level: 1 }).waitFor()
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByRole('radio', { name: /Obsidian vault/ }).check()
    await dialog.getByRole('checkbox', { name: /CSL-JSON/ }).check()
    const file = await download(page, () => dialog.getByRole('button', { name: 'Export…' }).click())
    expect(file.name).toMatch(/^ASEAN Digital Desk vault \d{4}-\d{2}-\d{2}\.zip$/)
    const entries = unzipSync(new Uint8Array(file.bytes))
    const root = Object.keys(entries)[0]!.split('/')[0]!
    const paths = new Set(Object.keys(entries).map((p) => p.slice(root.length + 1)))
    expect(paths.has('index.md')).toBe(true)
    expect(paths.has('sources.csl.json')).toBe(true)
    let links = 0
    for (const [path, bytes] of Object.entries(entries)) {
      if (!path.endsWith('.md')) continue
      for (const m of strFromU8(bytes).matchAll(/\[\[([^\]|#^]+)(?:[|#^][^\]]*)?\]\]/g)) {
        links++
        expect(paths, `${path} links to ${m[1]}`).toContain(`${m[1]}.md`)
      }
    }
    expect(links).toBeGreaterThan(100)
    const adm = strFromU8(entries[`${root}/Initiatives/ASEAN Digital Masterplan 2030.md`]!)
    expect(adm).toContain(NOTE)
    expect(adm).toContain('[[Meetings/')
    expect(app.problems).toEqual([])
  })

  it('backs up, restores into an empty profile, and finds every note again', async () => {
    app = await openApp()
    const { page } = app
    await annotate(page, app)
    await page.goto(app.url('/settings'))
    const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click())
    expect(backup.name).toMatch(/^asean-digital-desk-backup-\d{4}-\d{2}-\d{2}\.json$/)
    await page.getByRole('status').filter({ hasText: /^Backed up 2 notes and highlights/ }).waitFor()

    // A new machine: a fresh profile with an empty database.
    second = await openApp({ profileDir: newProfileDir(), hashPath: '/settings' })
    const fresh = second.page
    const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: 'Restore…' }).click()])
    await chooser.setFiles({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes })
    const dialog = fresh.getByRole('dialog', { name: 'Restore a backup' })
    await dialog.getByText(/holding 2 notes and highlights, 0 collections/).waitFor()
    await screenshot(fresh, 'restore-dialog-light')
    await dialog.getByRole('radio', { name: /Replace what is here/ }).check()
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await fresh.getByRole('status').filter({ hasText: /^Restored 2 notes and highlights/ }).waitFor()

    await fresh.goto(second.url('/notes'))
    const list = fresh.getByRole('list', { name: 'Notes and highlights' })
    await list.getByText('Successor to').waitFor()
    await list.getByText('The mandate for ADM 2030.').waitFor()
    // Restored notes are searchable too.
    await fresh.getByRole('searchbox', { name: 'Search' }).fill('mandate')
    await fresh.getByRole('region', { name: /My highlights/ }).getByText('The mandate for ADM 2030.', { exact: false }).first().waitFor()
    expect(app.problems).toEqual([])
    expect(second.problems).toEqual([])
  })

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    app = await openApp()
    const { page } = app
    await annotate(page, app)
    await page.goto(app.url('/settings'))
    const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click())
    const damaged = backup.bytes.toString('utf8').replace('The mandate for ADM 2030.', 'A tampered note.')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore…' }).click()])
    await chooser.setFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(damaged) })
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' })
    await dialog.getByRole('alert').filter({ hasText: /edited\.json cannot be restored\. The backup is damaged: its contents do not match its checksum/ }).waitFor()
    await dialog.getByRole('button', { name: 'OK' }).click()
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore…' }).click()])
    await chooser2.setFiles({ name: 'half.json', mimeType: 'application/json', buffer: backup.bytes.subarray(0, 300) })
    await dialog.getByRole('alert').filter({ hasText: /incomplete or damaged/ }).waitFor()
    await dialog.getByRole('button', { name: 'OK' }).click()
    await page.goto(app.url('/notes'))
    const list = page.getByRole('list', { name: 'Notes and highlights' })
    await list.getByText('The mandate for ADM 2030.').waitFor()
    expect(await list.getByRole('listitem').count()).toBe(2)
    expect(app.problems).toEqual([])
  })
})
