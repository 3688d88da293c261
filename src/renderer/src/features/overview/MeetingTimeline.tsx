import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { Initiative, Meeting } from '@shared/model/dataset'
import { eventLabel, formatDateRange } from '../dataset/format'

const DECISIVE = new Set(['approved', 'adopted', 'endorsed', 'launched', 'signed', 'agreed'])

/** An SVG axis of years with one marker per meeting, and each meeting's main outcomes below. */
export function MeetingTimeline({ meetings, initiatives, partyName }: { meetings: Meeting[]; initiatives: Initiative[]; partyName: (id: string) => string }) {
  // The axis is drawn at the width it is shown at, so its labels keep their size in a small
  // window or at 200 % zoom instead of shrinking with the drawing.
  const box = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(900)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(320, Math.round(entry!.contentRect.width))))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const dated = meetings.filter((m) => m.startDate)
  if (dated.length === 0) return <p>No dated meetings in the dataset.</p>
  const years = dated.map((m) => Number(m.startDate!.slice(0, 4)))
  const first = Math.min(...years)
  const last = Math.max(...years)
  const span = Math.max(1, last - first)
  const x = (year: number): number => 40 + ((year - first) / span) * (width - 80)
  const outcomes = (m: Meeting) =>
    initiatives.flatMap((i) => i.events.filter((e) => e.meetingId === m.id && DECISIVE.has(e.action)).map((e) => ({ i, e })))
  return (
    <div className="timeline" ref={box}>
      <svg viewBox={`0 0 ${width} 90`} role="group" aria-label={`Timeline of ADGMIN meetings from ${first} to ${last}`} className="timeline-axis">
        <line x1={30} x2={width - 30} y1={50} y2={50} className="axis" />
        {Array.from({ length: span + 1 }, (_, k) => first + k).map((year) => (
          <g key={year}>
            <line x1={x(year)} x2={x(year)} y1={44} y2={56} className="tick" />
            <text x={x(year)} y={76} textAnchor="middle" className="tick-label">
              {year}
            </text>
          </g>
        ))}
        {dated.map((m) => (
          <a key={m.id} href={`#/meetings/${m.id}`} aria-label={`ADGMIN ${m.number ?? ''}: ${m.name}, ${formatDateRange(m.startDate, m.endDate)}`}>
            <circle cx={x(Number(m.startDate!.slice(0, 4)))} cy={50} r={9} className={m.status === 'announced' ? 'marker announced' : 'marker'} />
            <text x={x(Number(m.startDate!.slice(0, 4)))} y={30} textAnchor="middle" className="marker-label">
              {m.number ? `${m.number}` : ''}
            </text>
          </a>
        ))}
      </svg>
      <ol className="timeline-cards">
        {dated.map((m) => {
          const list = outcomes(m)
          return (
            <li key={m.id} className="card">
              <h3>
                <Link to={`/meetings/${m.id}`}>{m.name}</Link>
              </h3>
              <p className="meta">
                {formatDateRange(m.startDate, m.endDate)}
                {m.city ? ` · ${m.city}` : ''}
                {m.chair?.country ? ` · Chair: ${partyName(m.chair.country)}` : ''}
                {m.status === 'announced' ? ' · announced' : ''}
              </p>
              {m.theme ? <p className="theme-line">“{m.theme}”</p> : null}
              {list.length > 0 ? (
                <ul className="outcomes">
                  {list.slice(0, 6).map(({ i, e }, k) => (
                    <li key={k}>
                      <span className={`action action-${e.action}${e.status === 'planned' ? ' planned' : ''}`}>{eventLabel(e)}</span> <Link to={`/initiatives/${i.id}`}>{i.acronym ?? i.name}</Link>
                    </li>
                  ))}
                  {list.length > 6 ? <li className="more">and {list.length - 6} more</li> : null}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
