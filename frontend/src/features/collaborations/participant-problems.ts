import { ApiError } from '../../lib/api/api-error';
import type { MessageKey, MessageParams } from '../../lib/i18n/messages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * What an invitation the API refused means, in a sentence that names the actor: the API names the
 * field (`actorId`) and a stable code (`taken`: already invited or taking part; `invalid`: pending
 * or suspended; `too-many`: the collaboration is full, with `max`). Undefined for any other
 * failure, which the generic problem message then explains.
 */
export function inviteProblemMessage(error: unknown, actorName: string, t: Translate): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const fieldError = error.problem?.errors?.find((candidate) => candidate.field === 'actorId');
  switch (fieldError?.code) {
    case 'taken':
      return t('collab.inviteTaken', { name: actorName });
    case 'invalid':
      return t('collab.inviteNotActive', { name: actorName });
    case 'too-many':
      return t('collab.inviteTooMany', { max: fieldError.params?.max ?? 50 });
    default:
      return undefined;
  }
}
