/**
 * Shrinking a diverging program: delete lines while the program still diverges in the same way.
 * A unit is a line with every more-indented line after it (a statement with its body, a method,
 * a class). Top-level units go first, in halving chunks (delta debugging), then single units at
 * every depth; passes repeat until nothing more can go. The oracle runs both interpreters and says
 * whether a candidate is still valid under python3 and still shows the divergence.
 */
export type Oracle = (source: string) => Promise<boolean>;

export interface ShrinkResult {
  readonly source: string;
  readonly tries: number;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** [start, end) line ranges of the units at depth 0 (top) or at every depth. */
function units(lines: readonly string[], topOnly: boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const ind = indentOf(lines[i]!);
    if (topOnly && ind > 0) continue;
    let j = i + 1;
    while (j < lines.length && indentOf(lines[j]!) > ind) j++;
    out.push([i, j]);
  }
  return out;
}

const without = (lines: readonly string[], ranges: readonly [number, number][]): string[] =>
  lines.filter((_, i) => !ranges.some(([s, e]) => i >= s && i < e));

export async function shrink(
  source: string,
  stillFails: Oracle,
  maxTries = 600,
): Promise<ShrinkResult> {
  let lines = source.replace(/\n$/, '').split('\n');
  let tries = 0;
  const seen = new Map<string, boolean>();
  const attempt = async (candidate: string[]): Promise<boolean> => {
    const text = candidate.join('\n') + '\n';
    let ok = seen.get(text);
    if (ok === undefined) {
      if (tries >= maxTries) return false;
      tries++;
      ok = await stillFails(text);
      seen.set(text, ok);
    }
    if (ok) lines = candidate;
    return ok;
  };

  for (let changed = true; changed && tries < maxTries;) {
    changed = false;
    // Chunks of top-level units, largest first.
    for (
      let size = Math.floor(units(lines, true).length / 2);
      size >= 1;
      size = Math.floor(size / 2)
    ) {
      for (let at = 0; at < units(lines, true).length;) {
        const chunk = units(lines, true).slice(at, at + size);
        if (await attempt(without(lines, chunk))) changed = true;
        else at += size;
      }
    }
    // Single units at any depth, from the last line up (a deletion leaves the lines above it).
    for (let below = lines.length; ;) {
      const unit = units(lines, false)
        .filter(([s]) => s < below)
        .pop();
      if (!unit) break;
      below = unit[0];
      if (await attempt(without(lines, [unit]))) changed = true;
    }
  }
  return { source: lines.join('\n') + '\n', tries };
}
