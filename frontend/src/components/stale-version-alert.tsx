import { isStaleVersion } from '../lib/api/api-error';
import { ErrorMessage } from './query-status';

interface StaleVersionAlertProps {
  /** What changed under the user, in the feature's words ("someone else changed the resource…"). */
  message: string;
  reloadLabel: string;
  /** Resets the failed call and fetches the server's version. */
  onReload: () => void;
}

/** Says that someone else changed the thing since the page loaded (412), with a button to reload it. */
export function StaleVersionAlert({ message, reloadLabel, onReload }: StaleVersionAlertProps) {
  return (
    <div role="alert" className="error">
      <p>{message}</p>
      <button type="button" className="button button--secondary" onClick={onReload}>
        {reloadLabel}
      </button>
    </div>
  );
}

/**
 * The error of an action sent with If-Match: a stale version gets the reload alert, anything else
 * the usual {@link ErrorMessage}; no error shows nothing.
 */
export function ActionError({ error, ...stale }: StaleVersionAlertProps & { error: unknown }) {
  if (isStaleVersion(error)) return <StaleVersionAlert {...stale} />;
  return error ? <ErrorMessage error={error} /> : null;
}
