/**
 * New session: after the person confirms, the heap and the history start empty. The session
 * saved in the browser is first copied to a key of its own (the banner says which), so nothing is
 * lost by a slip of the mouse. The question (NewSessionDialog.tsx) loads when first asked.
 */
import { useState } from 'react';
import { later, useLater } from './later';

const newSessionDialog = later(() => import('./NewSessionDialog'));

export function NewSessionButton() {
  const [asking, setAsking] = useState(false);
  const code = useLater(newSessionDialog, asking);

  return (
    <>
      <button
        type="button"
        className="header-button session-control"
        onClick={() => setAsking(true)}
      >
        New session
      </button>
      {code && <code.NewSessionDialog asking={asking} onClose={() => setAsking(false)} />}
    </>
  );
}
