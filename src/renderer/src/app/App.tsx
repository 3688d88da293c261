import { Route, Routes } from 'react-router'
import { Layout } from './Layout'
import { OverviewScreen } from '../features/overview/OverviewScreen'
import { MeetingsScreen } from '../features/meetings/MeetingsScreen'
import { MeetingScreen } from '../features/meetings/MeetingScreen'
import { InitiativesScreen } from '../features/initiatives/InitiativesScreen'
import { InitiativeScreen } from '../features/initiatives/InitiativeScreen'
import { PartnersScreen } from '../features/partners/PartnersScreen'
import { PartnerScreen } from '../features/partners/PartnerScreen'
import { SourcesScreen } from '../features/sources/SourcesScreen'
import { SourceScreen } from '../features/sources/SourceScreen'
import { NotesScreen } from '../features/notes/NotesScreen'
import { SearchScreen } from '../features/search/SearchScreen'
import { NotFound } from '../components/NotFound'
import { CollectionsScreen } from '../features/collections/CollectionsScreen'
import { CollectionScreen } from '../features/collections/CollectionScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { CorrectionsScreen } from '../features/curation/CorrectionsScreen'

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<OverviewScreen />} />
        <Route path="meetings" element={<MeetingsScreen />} />
        <Route path="meetings/:id" element={<MeetingScreen />} />
        <Route path="initiatives" element={<InitiativesScreen />} />
        <Route path="initiatives/:id" element={<InitiativeScreen />} />
        <Route path="partners" element={<PartnersScreen />} />
        <Route path="partners/:id" element={<PartnerScreen />} />
        <Route path="sources" element={<SourcesScreen />} />
        <Route path="sources/:id" element={<SourceScreen />} />
        <Route path="notes" element={<NotesScreen />} />
        <Route path="corrections" element={<CorrectionsScreen />} />
        <Route path="search" element={<SearchScreen />} />
        <Route path="collections" element={<CollectionsScreen />} />
        <Route path="collections/:id" element={<CollectionScreen />} />
        <Route path="settings" element={<SettingsScreen />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
