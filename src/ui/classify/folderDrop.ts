/**
 * Files of a dropped folder with their paths relative to it. Chromium exposes dropped folders only
 * through the (non-standard but universal) FileSystemEntry API; a folder picked with
 * `<input webkitdirectory>` gives `webkitRelativePath` instead.
 */
export interface PathFile {
  path: string;
  file: File;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PathFile[]): Promise<void> {
  if (entry.isFile) {
    out.push({ path: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call: call until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const e of batch) await walk(e, out);
  }
}

/** Files of everything dropped; null when only plain files were dropped (no folder). */
export async function droppedFolderFiles(items: DataTransferItemList): Promise<PathFile[] | null> {
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(items)) {
    const e = item.webkitGetAsEntry?.();
    if (e) entries.push(e);
  }
  if (!entries.some((e) => e.isDirectory)) return null;
  const out: PathFile[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}

export function pickedFolderFiles(files: FileList): PathFile[] {
  return Array.from(files).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}
