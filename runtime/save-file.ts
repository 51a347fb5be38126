/**
 * Saves a Blob to the user's downloads from an extension page (exports, backups): an object URL
 * and a download link, without the `downloads` permission.
 */
export function saveBlob(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  // Firefox only follows a download link that is in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob; give it time before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
