/**
 * How each seed document is cleaned into the text the app ships: page furniture (image file names,
 * banners, forms, widgets, footers, timestamps, breadcrumbs, repeated titles) is removed line by
 * line, each removal logged with its reason; photo captions stay, marked "[Photo caption]".
 * Nothing else changes, so evidence quotes stay verbatim. The log is written into the source's
 * `cleaningLog` and shown in its details, never in the text.
 */

export interface CleaningEntry {
  action: 'removed' | 'replaced' | 'marked'
  text: string
  reason: string
}

interface Rule {
  /** A whole line (after trimming) this rule removes. */
  line: RegExp
  reason: string
}

export const CAPTION_MARK = '[Photo caption] '

const IMAGE_FILE: Rule = { line: /^[\w.-]+\.(?:jpe?g|png|gif|webp)$/i, reason: 'image file name (the picture itself is not shipped)' }

interface SourceCleaning {
  rules: Rule[]
  /** Lines that caption a photo: kept, marked as captions. */
  captions?: string[]
  /** Text fixes before the line rules, with their reason. */
  replace?: { from: string; to: string; reason: string }[]
  /** Removed once, wherever it is (front matter). */
  strip?: { pattern: RegExp; reason: string }
}

const CLEANING: Record<string, SourceCleaning> = {
  'my-announcement-adgmin1': {
    rules: [
      { line: /^Leave a Reply$/, reason: 'comment form of the web page' },
      { line: /^Your email address will not be published\. Required fields are marked \*$/, reason: 'comment form of the web page' }
    ]
  },
  'sg-press-release-adgmin4': {
    rules: [],
    strip: {
      pattern: /^---\n[\s\S]*?\n---\n/,
      reason: 'YAML front matter of the web page (title, permalink, date, layout): its title, date and path are in this record'
    }
  },
  'th-press-release-adgmin5': {
    replace: [{ from: 'âť', to: '›', reason: 'the breadcrumb separator was mis-decoded as “âť” (UTF-8 read as Windows-1250)' }],
    rules: [
      { line: /^Home › /, reason: 'breadcrumb (Home › the title)' },
      { line: /^UMS_\d+$/, reason: 'image file name (the picture itself is not shipped)' },
      { line: /^###$/, reason: 'end-of-release marker' },
      { line: /^Under Maintenance$/, reason: 'site banner, not part of the release' },
      { line: /^This Page is currently under maintenance$/, reason: 'site banner, not part of the release' },
      { line: /^Advanced search$/, reason: 'search widget of the web page' }
    ]
  },
  'vjst-article-adgmin6': {
    rules: [
      IMAGE_FILE,
      { line: /^EN-VJST$/, reason: 'language edition label of the web page (English edition of VJST)' },
      { line: /^QA \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/, reason: 'byline and timestamp (author initials QA, 18/01/2026 15:11): the date is in this record' },
      { line: /^Copyright belongs to the Vietnam Journal of Science and Technology \(VJST-MOST\)\.$/, reason: 'copyright line (it names the publisher, recorded in this record)' },
      { line: /^QA$/, reason: 'author initials at the end of the article' }
    ],
    captions: [
      'Prime Minister Pham Minh Chinh and delegates attend the Meeting.',
      'Minister of Science and Technology of Vietnam Nguyen Manh Hung delivers the opening speech at the Meeting.',
      'Prime Minister Pham Minh Chinh takes a commemorative photo with ASEAN Digital Ministers and partners at the Opening Ceremony of the 6th ADGMIN Meeting.'
    ]
  },
  'asean-sg-digital-activities': {
    rules: [
      { line: /^\|[—–-]+\|[—–-]+\|[—–-]+\|$/, reason: 'table rule line (the table’s rows are kept)' },
      { line: /^Stay informed about ASEAN’s latest initiatives/, reason: '“Stay informed” call to action of the web page' },
      { line: /^For more updates on ASEAN’s digital agenda,visit the official ASEAN website\.$/, reason: 'footer link of the web page' }
    ]
  }
}

/** The shipped text of a seed document and what was removed from it. */
export function cleanSeed(sourceId: string, seed: string): { text: string; log: CleaningEntry[] } {
  const spec = CLEANING[sourceId] ?? { rules: [] }
  const log: CleaningEntry[] = []
  let text = seed
  if (spec.strip) {
    const match = spec.strip.pattern.exec(text)
    if (match) {
      log.push({ action: 'removed', text: match[0].trim(), reason: spec.strip.reason })
      text = text.replace(spec.strip.pattern, '')
    }
  }
  for (const fix of spec.replace ?? []) {
    if (!text.includes(fix.from)) continue
    log.push({ action: 'replaced', text: fix.from, reason: `${fix.reason}; replaced by “${fix.to}”` })
    text = text.replaceAll(fix.from, fix.to)
  }
  const captions = new Set(spec.captions ?? [])
  const lines: string[] = []
  for (const line of text.split('\n')) {
    const rule = spec.rules.find((r) => r.line.test(line.trim()))
    if (rule) {
      log.push({ action: 'removed', text: line.trim(), reason: rule.reason })
      continue
    }
    if (captions.has(line.trim())) {
      log.push({ action: 'marked', text: line.trim(), reason: `photo caption: kept, marked “${CAPTION_MARK.trim()}”` })
      lines.push(CAPTION_MARK + line.trim())
      continue
    }
    lines.push(line)
  }
  const cleaned = lines.join('\n').replace(/\n{3,}/g, '\n\n')
  return { text: removeRepeatedTitle(cleaned, log).trim() + '\n', log }
}

/** A title repeated as the next paragraph after a breadcrumb: the second copy goes. */
function removeRepeatedTitle(text: string, log: CleaningEntry[]): string {
  const paragraphs = text.split('\n\n')
  const [first, second] = paragraphs
  if (first && second && first.trim() === second.trim()) {
    log.push({ action: 'removed', text: second.trim(), reason: 'title repeated under the breadcrumb' })
    return [first, ...paragraphs.slice(2)].join('\n\n')
  }
  return text
}
