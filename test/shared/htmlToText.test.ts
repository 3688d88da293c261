import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '../../src/shared/text/htmlToText'

describe('htmlToText', () => {
  it('keeps paragraphs, joins wrapped lines and drops tags', () => {
    const html = '<p><strong>Title</strong>\n</p>\n<p>1. Singapore is chairing\nthe meeting &amp; more.</p><script>alert(1)</script><p>Link <a href="/x">here</a>.</p>'
    expect(htmlToText(html)).toBe('Title\n\n1. Singapore is chairing the meeting & more.\n\nLink here.')
  })
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&lt;a&gt; &#8217; &#x2019; &nbsp;&unknown;')).toBe('<a> ’ ’  &unknown;')
  })
})
