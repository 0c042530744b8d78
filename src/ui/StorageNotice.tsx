/** A banner for problems with the copy of the session kept in the browser. */
import { useSession } from './core/context';

export function StorageNotice() {
  const notice = useSession((s) => s.storageNotice);
  const dismiss = useSession((s) => s.dismissStorageNotice);
  if (!notice) return null;
  return (
    <div className="storage-notice" role="alert">
      <p>{notice}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
