/** Saves a Blob under `name` through a temporary Blob URL (the CSP allows blob: downloads). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Chromium reads the URL asynchronously after the click: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
