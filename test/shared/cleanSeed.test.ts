import { describe, expect, it } from 'vitest'
import { CAPTION_MARK, cleanSeed } from '../../scripts/dataset/clean'
import { shippedDataset } from '../support/dataset'

describe('cleanSeed', () => {
  it('removes page furniture line by line, logging each removal, and marks captions', () => {
    const seed = ['EN-VJST', '', 'Title', '', 'QA 18/01/2026 15:11', '', 'Body.', '', 'img8950-1768.jpg', 'Prime Minister Pham Minh Chinh and delegates attend the Meeting.', '', 'QA'].join('\n')
    const { text, log } = cleanSeed('vjst-article-adgmin6', seed)
    expect(text).toBe(`Title\n\nBody.\n\n${CAPTION_MARK}Prime Minister Pham Minh Chinh and delegates attend the Meeting.\n`)
    expect(log.map((e) => [e.action, e.text])).toEqual([
      ['removed', 'EN-VJST'],
      ['removed', 'QA 18/01/2026 15:11'],
      ['removed', 'img8950-1768.jpg'],
      ['marked', 'Prime Minister Pham Minh Chinh and delegates attend the Meeting.'],
      ['removed', 'QA']
    ])
    expect(log.every((e) => e.reason.length > 10)).toBe(true)
  })

  it('drops a breadcrumb and the title it repeats, and repairs the mis-decoded separator', () => {
    const seed = 'A title\n\nHome âť A title\n\nA title\n\nUMS_9687\n\nText.\n\nUnder Maintenance\n\nAdvanced search\n\nAdvanced search'
    const { text, log } = cleanSeed('th-press-release-adgmin5', seed)
    expect(text).toBe('A title\n\nText.\n')
    expect(log.map((e) => e.action)).toEqual(['replaced', 'removed', 'removed', 'removed', 'removed', 'removed', 'removed'])
  })
})

describe('the shipped texts', () => {
  it('hold no image file names, banners, forms, widgets, timestamps or copyright lines', () => {
    const furniture = /\.jpe?g\b|UMS_\d|Under Maintenance|Advanced search|Leave a Reply|Required fields|Stay informed|\d\d\/\d\d\/\d{4} \d\d:\d\d|EN-VJST|^Home ›|Copyright/m
    for (const source of shippedDataset().sources) {
      expect(source.text, source.id).not.toMatch(furniture)
      if (source.seedFile) expect(source.cleaningLog?.length ?? 0, source.id).toBeGreaterThan(0)
    }
  })
})
