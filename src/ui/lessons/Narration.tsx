/** A lesson's text, its `code` (written in backquotes) shown as code. */
import { narrationPieces } from './lessonPlan';

export function Narration({ text }: { readonly text: string }) {
  return (
    <>
      {narrationPieces(text).map((piece, i) =>
        piece.code ? <code key={i}>{piece.text}</code> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
