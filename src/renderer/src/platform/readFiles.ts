import { MAX_OPEN_FILE_BYTES, type OpenedFile } from '@shared/ipc'

/**
 * Reads files the user picked or dropped; one over the size limit comes back refused (named,
 * empty), the others are read. A few at a time, handing the thread back between them: a file's size is asked of the
 * browser synchronously, which for thousands of files would freeze the page for half a second.
 */
export async function readFileList(files: readonly File[]): Promise<OpenedFile[]> {
  // For `npm run bench`: pauses from here on are the app's, not the browser's making the files.
  performance.mark('desk:files-picked')
  const out: OpenedFile[] = []
  let slice = performance.now()
  for (let i = 0; i < files.length; i += 32) {
    out.push(
      ...(await Promise.all(
        files.slice(i, i + 32).map(async (f) =>
          f.size > MAX_OPEN_FILE_BYTES
            ? { name: f.name, size: f.size, bytes: new Uint8Array(0), refused: `the file is larger than the ${MAX_OPEN_FILE_BYTES / 1048576} MB limit.` }
            : { name: f.name, size: f.size, bytes: new Uint8Array(await f.arrayBuffer()) }
        )
      ))
    )
    if (performance.now() - slice > 12) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      slice = performance.now()
    }
  }
  return out
}

