/** What a prediction turned out to be: the verdict, the survivors if asked, and the explanation. */
import { Narration } from './Narration';
import type { Reveal } from './reveal';

export function RevealView({ reveal }: { readonly reveal: Reveal }) {
  const names = (list: readonly string[]) =>
    list.length === 0 ? 'none' : list.map((name) => `\`${name}\``).join(', ');
  return (
    <div
      className="lesson-reveal"
      data-right={reveal.right === null ? 'skipped' : String(reveal.right)}
      role="status"
    >
      <p className="lesson-verdict">
        <Narration text={reveal.verdict} />
      </p>
      {reveal.survived && (
        <p>
          Still there: <Narration text={names(reveal.survived)} />. Freed:{' '}
          <Narration text={names(reveal.freed ?? [])} />.
        </p>
      )}
      <p>
        <Narration text={reveal.explain} />
      </p>
    </div>
  );
}
