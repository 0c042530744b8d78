/**
 * Files the page hands to the person: a download through an <a download> link, named after the
 * day ("heapscope-2026-12-06.svg").
 */

/** The file name for an export made on `day` (local time). */
export function exportFileName(extension: 'svg' | 'png' | 'py', day = new Date()): string {
  return `heapscope-${dateText(day)}.${extension}`;
}

/** "2026-12-06 14:03", local time, for a file's header. */
export function exportTime(day = new Date()): string {
  return `${dateText(day)} ${two(day.getHours())}:${two(day.getMinutes())}`;
}

function dateText(day: Date): string {
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Saves `data` as a file called `name`, as a click on a download link does. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
