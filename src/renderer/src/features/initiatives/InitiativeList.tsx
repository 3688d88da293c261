import { useRef } from 'react'
import { Link } from 'react-router'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { CatalogueRow } from './catalogue'
import type { Labels } from '../dataset/useLabels'
import { formatDate, kindLabel } from '../dataset/format'

const ROW_HEIGHT = 68

/** Only the rows in view are in the DOM, so the list stays smooth at tens of thousands of rows. */
export function InitiativeList({ rows, labels }: { rows: CatalogueRow[]; labels: Labels }) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })
  return (
    <div ref={scrollRef} className="virtual-scroll" tabIndex={-1}>
      <ul className="virtual-list" aria-label="Initiatives" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          return (
            <li
              key={row.id}
              className="catalogue-row"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <div className="row-main">
                <Link to={`/initiatives/${row.id}`}>{row.name}</Link>
                {row.acronym ? <span className="acronym"> {row.acronym}</span> : null}
                {row.hasNotes ? <span className="badge">My notes</span> : null}
              </div>
              <div className="row-meta">
                <span>{kindLabel(row.kind)}</span>
                {row.meetings.length > 0 ? <span>{row.meetings.map(labels.meeting).join(', ')}</span> : null}
                {row.firstDate ? <span>{row.firstDate === row.lastDate ? formatDate(row.firstDate) : `${formatDate(row.firstDate)} – ${formatDate(row.lastDate)}`}</span> : null}
                <span>
                  {row.eventCount} event{row.eventCount === 1 ? '' : 's'}
                </span>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
