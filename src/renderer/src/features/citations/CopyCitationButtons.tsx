import { copyCitation, copyQuoteWithCitation, type CitationTarget } from './copyCitation'

/** "Copy citation" and, with a quote, "Copy quote with citation", in the style chosen in Settings. */
export function CopyCitationButtons({ target, quote, what }: { target: CitationTarget; quote?: string; what?: string }) {
  return (
    <span className="copy-citation" role="group" aria-label={what ? `Cite ${what}` : 'Cite'}>
      <button type="button" className="ghost small" onClick={() => void copyCitation(target)} title="Copy its citation in your citation style (Settings)">
        Copy citation
      </button>
      {quote ? (
        <button type="button" className="ghost small" onClick={() => void copyQuoteWithCitation(target, quote)} title="Copy the quote with its citation, as Markdown and as formatted text">
          Copy quote with citation
        </button>
      ) : null}
    </span>
  )
}
