import { describe, expect, it } from 'vitest'
import { seeded } from '../../bench/corpus'
import { htmlText, paragraphsOf } from '@shared/text/htmlText'

describe('the text of an imported HTML page', () => {
  it('keeps paragraphs, decodes entities and drops every element that is not reading text', () => {
    const page = `<h1>ASEAN&nbsp;ministers &amp; partners</h1>
      <p onclick="steal()">One <a href="javascript:alert(1)">link</a><img src="https://tracker.example/x.gif" onerror="steal()"></p>
      <script>document.title = '<p>not text</p>'</script><style>p { color: red }</style>
      <noscript><p>Enable JavaScript</p></noscript><template><p>hidden</p></template>
      <iframe srcdoc="<p>framed</p>">fallback</iframe><svg><script>bad()</script><text>drawn</text></svg>
      <math><mi>x</mi></math><form><select><option>Choose</option></select><textarea>typed</textarea></form>
      <!-- <p>a comment</p> --><![CDATA[ cdata ]]><title>in the body</title>
      <p>Two: &lt;script&gt; is shown as text &#x2014; and&#160;&#8220;quoted&#8221;</p>`
    expect(htmlText(page)).toBe('ASEAN ministers & partners\n\nOne link\n\nTwo: <script> is shown as text \u2014 and \u201cquoted\u201d')
  })

  it('reads a no-break space as a space, so a name written with one is still the name', () => {
    expect(htmlText('<p>The ASEAN&nbsp;Digital&#160;Masterplan\u00a02030</p>')).toBe('The ASEAN Digital Masterplan 2030')
  })

  it('reads a raw-text element to its own end tag, as a browser does', () => {
    // The "</p>" inside the script's string and the "<p>" in its comment are not markup.
    expect(htmlText('<p>Before</p><script>var s = "</p><p>injected"; // <p></script><p>After</p>')).toBe('Before\n\nAfter')
    // A tag broken up to slip past a filter: "<scr<script>" is one tag named "scr<script", as in a
    // browser, so what follows is shown as text, never run.
    expect(htmlText('<p>a<scr<script>ipt>alert(1)</script>b</p>')).toBe('aipt>alert(1)b')
  })

  it('separates blocks and table cells, and joins lines inside a paragraph', () => {
    expect(htmlText('<div>lead<p>first\n  line<br>second</p>tail</div><table><tr><th>Year</th><td>2021</td></tr><tr><td>ADGMIN</td><td>1st</td></tr></table>')).toBe(
      'lead\n\nfirst line second\n\ntail\n\nYear 2021\n\nADGMIN 1st'
    )
  })

  it('drops the rest of a page whose dropped element is never closed, and keeps a page whose head is never closed', () => {
    expect(htmlText('<p>Shown</p><script>never closed <p>hidden')).toBe('Shown')
    expect(htmlText('<head><meta charset="utf-8"><title>T</title><p>Body text')).toBe('Body text')
  })
})

describe('paragraphs of a text', () => {
  it('are what splitting on blank lines, collapsing spaces and trimming give, for any mix of whitespace', () => {
    const reference = (text: string): string =>
      text
        .split(/\n\s*\n/)
        .map((block) => block.replace(/\s*\n\s*/g, ' ').replace(/[ \t\r\f]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n')
    // Every kind of space JavaScript knows, a space it does not (U+200B), and letters of several scripts.
    const pieces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', 'a', 'Bc', 'ก', '𝐀', '.']
    const next = seeded(3)
    const random = (n: number): number => Math.floor(next() * n)
    for (let round = 0; round < 5000; round++) {
      let text = ''
      for (let i = random(16); i > 0; i--) text += pieces[random(pieces.length)]
      expect(JSON.stringify(paragraphsOf(text))).toBe(JSON.stringify(reference(text)))
    }
  })
})
