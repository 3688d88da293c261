import { describe, expect, it } from 'vitest'
import { citableUrl, eventLabel, placeLabel } from '../../src/shared/model/labels'
import { datasetDocuments } from '../../src/shared/search/documents'
import { shippedDataset } from '../support/dataset'

describe('labels from records', () => {
  it('never write a planned event as done', () => {
    expect(eventLabel({ action: 'launched', status: 'planned' })).toBe('planned: to be launched')
    expect(eventLabel({ action: 'looked-forward' })).toBe('looked forward')
  })

  it('write a city-state once and never pass a relative path for a URL', () => {
    expect(placeLabel('Singapore', 'Singapore')).toBe('Singapore')
    expect(placeLabel('Vientiane', 'Lao PDR')).toBe('Vientiane, Lao PDR')
    expect(citableUrl('/media-centre/press-releases/x/')).toBeNull()
    expect(citableUrl('https://example.org/a')).toBe('https://example.org/a')
  })

  it('mark planned events and announced meetings in what search shows', () => {
    const docs = datasetDocuments(shippedDataset())
    expect(docs.find((d) => d.ref === 'initiative:joint-guide-asean-mcc-eu-scc')?.body).toContain('Planned (announced before the meeting)')
    expect(docs.find((d) => d.ref === 'meeting:adgmin-1')?.body).toContain('announced')
    expect(docs.find((d) => d.ref === 'meeting:adgmin-4')?.body).not.toContain('Singapore, Singapore')
  })
})
