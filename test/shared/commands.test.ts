import { describe, expect, it } from 'vitest'
import { COMMANDS, MENU_COMMANDS, SCREEN_CHORDS, paletteMatches, type CommandSpec } from '../../src/shared/commands'
import { SHORTCUTS, interpretKey } from '../../src/renderer/src/app/shortcuts'

const all = COMMANDS as readonly CommandSpec[]
const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) => ({ key: k, ctrlKey: Boolean(mods.ctrl), metaKey: false, altKey: false, shiftKey: Boolean(mods.shift), inTextField: false })

describe('the one table of commands', () => {
  it('names each command once, and every menu command and chord comes from it', () => {
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    expect(MENU_COMMANDS).toEqual(all.filter((c) => c.menu).map((c) => c.id))
    expect(MENU_COMMANDS).toEqual(expect.arrayContaining(['import', 'export', 'backup', 'restore', 'palette', 'search', 'shortcuts', 'about', 'theme:dark']))
    expect(SCREEN_CHORDS).toEqual({ o: '/', m: '/meetings', i: '/initiatives', p: '/partners', s: '/sources', n: '/notes', c: '/collections' })
    // The sheet lists every command that has keys, with those keys.
    expect(SHORTCUTS.map((s) => s.id)).toEqual(all.filter((c) => c.keys).map((c) => c.id))
  })

  it('runs the keys the table gives', () => {
    expect(interpretKey(key('P', { ctrl: true, shift: true }), false).action).toEqual({ type: 'menu', command: 'palette' })
    expect(interpretKey(key('o', { ctrl: true }), false).action).toEqual({ type: 'menu', command: 'import' })
    expect(interpretKey(key('s'), true).action).toEqual({ type: 'navigate', path: '/sources' })
  })

  it('finds commands in the palette by the beginnings of their words, names first', () => {
    const labels = (query: string, offered = all) => paletteMatches(query, offered).map((c) => c.label)
    expect(labels('exp')[0]).toBe('Export notes to Markdown…')
    expect(labels('imp doc')).toEqual(['Import documents…'])
    // By a keyword the label lacks.
    expect(labels('obsidian')).toEqual(['Export notes to Markdown…'])
    expect(labels('go ini')).toEqual(['Go to Initiatives'])
    expect(labels('zzz')).toEqual([])
    // Keys alone (moving through a list, Esc) and the palette itself are not commands to run.
    expect(labels('')).not.toContain('Close a dialog or leave the search box')
    expect(labels('')).not.toContain('Command palette')
    // Only what can run where the user is: Find is offered only when a source provides it.
    expect(labels('find', all.filter((c) => c.id !== 'find'))).toEqual(['Search'])
    expect(labels('find')).toEqual(['Find in this source', 'Search'])
  })
})
