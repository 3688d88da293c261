// `npm run security`: runs Doyensec's electronegativity over src/ and fails on any HIGH or MEDIUM
// finding that security/electronegativity-allowlist.json does not list with a reason. The linter
// lives in tools/electronegativity (it pins an old eslint and TypeScript) and is installed there
// on first use.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const toolDir = join(root, 'tools/electronegativity')
const bin = join(toolDir, 'node_modules/.bin/electronegativity')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version

if (!existsSync(bin)) {
  console.log('Installing electronegativity into tools/electronegativity …')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: toolDir, stdio: 'inherit' })
}


/** Splits one CSV line, honouring quoted fields. */
function csvFields(line) {
  const fields = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (c === ',' && !quoted) {
      fields.push(field.trim())
      field = ''
    } else {
      field += c
    }
  }
  fields.push(field.trim())
  return fields
}

/** One run of the linter: its findings, or null when its report came out incomplete. */
function runLinter() {
  const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv')
  execFileSync(bin, ['-i', join(root, 'src'), '-r', '-v', 'false', '-e', electronVersion, '-o', report], {
    stdio: ['ignore', 'ignore', 'ignore']
  })
  const lines = readFileSync(report, 'utf8').split('\n').slice(1).filter(Boolean)
  const findings = lines.map(csvFields).map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }))
  // Seen once on a loaded machine: a report cut short (a row without its severity). Run again.
  return findings.every((f) => ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].includes(f.severity)) ? findings : null
}

let findings = null
for (let attempt = 0; attempt < 3 && !findings; attempt++) findings = runLinter()
if (!findings) {
  console.error('electronegativity: its report came out incomplete three times; nothing was checked.')
  process.exit(1)
}

const allow = JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8'))
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')
const unlisted = serious.filter((f) => !allow.some((a) => a.issue === f.issue && a.file === f.file))
for (const f of findings) {
  const listed = allow.some((a) => a.issue === f.issue && a.file === f.file)
  console.log(`${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location}${listed ? '  (allow-listed)' : ''}`)
}
if (unlisted.length > 0) {
  console.error(`electronegativity: ${unlisted.length} HIGH/MEDIUM finding(s) not in the allow-list.`)
  process.exit(1)
}
console.log(`electronegativity: ${findings.length} finding(s), none HIGH/MEDIUM outside the allow-list.`)
