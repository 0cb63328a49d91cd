import { describe, expect, it } from 'vitest';
import { ApiError, unwrap } from './api-error';

describe('unwrap', () => {
  it('returns the data of a successful call', () => {
    expect(unwrap({ data: { items: [] }, response: new Response(null, { status: 200 }) })).toEqual({
      items: [],
    });
  });

  it('throws an ApiError carrying the problem+json body', () => {
    const body = { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token saknas' };
    try {
      unwrap({ error: body, response: new Response(null, { status: 401 }) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(401);
      expect((error as ApiError).problem?.detail).toBe('Token saknas');
      expect((error as ApiError).message).toBe('Token saknas');
    }
  });

  it('throws an ApiError without a problem when the body is not one', () => {
    expect(() => unwrap({ error: 'Bad Gateway', response: new Response(null, { status: 502 }) })).toThrow(
      expect.objectContaining({ status: 502, problem: undefined }),
    );
  });
});
