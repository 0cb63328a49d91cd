import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api/api-error';
import { translate, type MessageKey, type MessageParams } from '../../lib/i18n/messages';
import { inviteProblemMessage } from './participant-problems';

const sv = (key: MessageKey, params?: MessageParams) => translate('sv', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

function refused(code: string, params?: Record<string, number>) {
  return new ApiError(400, {
    type: 'urn:din:problem:validation',
    title: 'Invalid input',
    status: 400,
    errors: [{ field: 'actorId', code, message: 'refused', ...(params ? { params } : {}) }],
  });
}

describe('an invitation the API refused, in words', () => {
  it('names the actor already invited or taking part', () => {
    expect(inviteProblemMessage(refused('taken'), 'RISE', sv)).toBe('RISE är redan inbjuden eller deltar redan.');
    expect(inviteProblemMessage(refused('taken'), 'RISE', en)).toBe('RISE is already invited or takes part already.');
  });

  it('says a pending or suspended actor cannot be invited', () => {
    expect(inviteProblemMessage(refused('invalid'), 'Kvarken Data', sv)).toBe(
      'Kvarken Data kan inte bjudas in eftersom den inte är en godkänd, aktiv aktör.',
    );
  });

  it('gives the limit when the collaboration is full', () => {
    expect(inviteProblemMessage(refused('too-many', { max: 50 }), 'RISE', sv)).toBe('En samverkan kan ha högst 50 deltagare.');
  });

  it('leaves any other failure to the generic message', () => {
    expect(inviteProblemMessage(new ApiError(403, undefined), 'RISE', sv)).toBeUndefined();
    expect(inviteProblemMessage(refused('not-one-of'), 'RISE', sv)).toBeUndefined();
    expect(inviteProblemMessage(new Error('network'), 'RISE', sv)).toBeUndefined();
  });
});
