/** The query language, as the engine in `src/shared/search/query.ts` reads it. */
const ROWS: [string, string][] = [
  ['digital masterplan', 'Both words, in any field; results with more matches rank higher.'],
  ['masterpl', 'The last word is a prefix once it has 3 letters: found as you type.'],
  ['"data governance"', 'An exact phrase, words side by side.'],
  ['+cybersecurity', 'Results must contain the word.'],
  ['-korea', 'Results must not contain the word.'],
  ['title:fund', 'Only in names, acronyms and aliases.'],
  ['tag:chapter2', 'Only in your tags.'],
  ['partner:japan', 'Only results involving a partner.'],
  ['kind:declaration', 'Only initiatives of one kind (declaration, framework, work plan…).'],
  ['ADM2030, adm 2030', 'Acronyms are found with or without spaces.'],
  ['ha noi', 'Accents and tone marks are optional: finds “Hà Nội”; a word typed with them ranks the texts that write it so first.'],
  ['dukungan', 'In Malay and Indonesian sources, also the other words of its family (“didukung”, “mendukung”), below the word itself.']
]

export function QuerySyntax() {
  return (
    <div className="query-syntax">
      <table>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">To find</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([example, meaning]) => (
            <tr key={example}>
              <td>
                <code>{example}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Words are matched by their stem (<code>approve</code> finds “approved”), and common words such as “the” are ignored. A misspelt word
        of five or more letters is retried with one letter changed, and the screen says what it searched for instead. Wildcards and other
        symbols (<code>*plan</code>, <code>~</code>) are read as plain words, and only the first 500 characters of a query are used. The
        filters above combine with any query.
      </p>
    </div>
  )
}
