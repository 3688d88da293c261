/**
 * The citation styles the app ships (CSL files from the Citation Style Language project, in
 * `resources/csl/`, unchanged). Chosen in Settings; every citation the app writes goes through one.
 */
import apa from '../../../resources/csl/apa.csl?raw'
import chicago from '../../../resources/csl/chicago-author-date.csl?raw'
import harvard from '../../../resources/csl/harvard-cite-them-right.csl?raw'
import iso690 from '../../../resources/csl/iso690-author-date-en.csl?raw'
import ieee from '../../../resources/csl/ieee.csl?raw'
import enUS from '../../../resources/csl/locales-en-US.xml?raw'
import enGB from '../../../resources/csl/locales-en-GB.xml?raw'

/** Each with the English its guide is written in: Cite Them Right is a British guide. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7th edition', xml: apa, locale: 'en-US' },
  { id: 'chicago-author-date', label: 'Chicago author-date (18th edition)', xml: chicago, locale: 'en-US' },
  { id: 'harvard-cite-them-right', label: 'Harvard (Cite Them Right)', xml: harvard, locale: 'en-GB' },
  { id: 'iso690-author-date-en', label: 'ISO 690 author-date', xml: iso690, locale: 'en-US' },
  { id: 'ieee', label: 'IEEE (numeric)', xml: ieee, locale: 'en-US' }
] as const

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id']
export const DEFAULT_CITATION_STYLE: CitationStyleId = 'apa'

export const isCitationStyle = (id: unknown): id is CitationStyleId => CITATION_STYLES.some((s) => s.id === id)

export const CSL_LOCALES: Record<string, string> = { 'en-US': enUS, 'en-GB': enGB }
