import { contextBridge } from 'electron'
import { desk } from './api'

if (!process.contextIsolated) {
  throw new Error('ASEAN Digital Desk requires context isolation; the preload refuses to run without it.')
}
contextBridge.exposeInMainWorld('desk', desk)
