/** The command line's exit statuses and its report of a bug of Heapscope's (see program.ts). */

export const EXIT_TIMEOUT = 124;
export const EXIT_INTERRUPTED = 130;

export const INTERNAL = 'Heapscope internal error (please report it): ';

export function internalError(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `${INTERNAL}${detail}\n`;
}
