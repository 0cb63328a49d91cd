import { describe, expect, it } from 'vitest';
import { ApiError, expectOk, unwrap } from './api-error';

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

describe('expectOk', () => {
  it('accepts a 204 without a body', () => {
    expect(() => expectOk({ response: new Response(null, { status: 204 }) })).not.toThrow();
  });

  it('throws an ApiError carrying the problem of a failed call', () => {
    const body = { type: 'urn:din:problem:conflict', title: 'Conflict', status: 409, detail: 'Sista ägaren' };
    expect(() => expectOk({ error: body, response: new Response(null, { status: 409 }) })).toThrow(
      expect.objectContaining({ status: 409, message: 'Sista ägaren' }),
    );
  });
});
