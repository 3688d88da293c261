import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router'
import { App } from './app/App'
import { db } from './db/db'
import { watchOtherWindows } from './features/windows/otherWindows'
import './styles/fonts.css'
import './styles/app.css'

watchOtherWindows(db)

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element.')
createRoot(container).render(
  <StrictMode>
    <HashRouter>
      <App />
    </HashRouter>
  </StrictMode>
)
