import { describe, expect, it } from 'vitest';
import { ApiError, expectOk, formErrorsOf, isServiceUnavailable, retryAfterMs, unwrap } from './api-error';

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

describe('retryAfterMs', () => {
  it('reads delay-seconds and an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-11-30T20:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Mon, 30 Nov 2026 20:00:12 GMT', now)).toBe(12_000);
    // A date already past means "now", not a negative wait.
    expect(retryAfterMs('Mon, 30 Nov 2026 19:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('-5', now)).toBeUndefined();
  });

  it('is carried by the ApiError of a 503 that says when to come back', () => {
    const body = { type: 'urn:din:problem:service-unavailable', title: 'Service unavailable', status: 503 };
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '5' } });
    let thrown: unknown;
    try {
      unwrap({ error: body, response });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ status: 503, retryAfterMs: 5000 });
    expect(isServiceUnavailable(thrown)).toBe(true);
    // Without the header (or when CORS hides it) the error has no wait of its own.
    expect(() => expectOk({ error: body, response: new Response(null, { status: 503 }) })).toThrow(
      expect.objectContaining({ status: 503, retryAfterMs: undefined }),
    );
    expect(isServiceUnavailable(new ApiError(500, undefined))).toBe(false);
    expect(isServiceUnavailable(new TypeError('Failed to fetch'))).toBe(false);
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

describe('formErrorsOf', () => {
  const fieldOf = (path: string) => (path === 'event.end' || path === 'name' ? path : undefined);

  it('puts each field error on the form field it names, the first message winning, in the language asked', () => {
    const error = new ApiError(400, {
      type: 'urn:din:problem:validation', title: 'Invalid input', status: 400, detail: 'x',
      errors: [
        { field: 'name', code: 'too-long', message: 'size must be between 2 and 200', params: { max: 200 } },
        { field: 'event.end', code: 'invalid', message: 'must be after start' },
        { field: 'event.end', code: 'required', message: 'second' },
        { field: 'coOrganiserIds[0]', code: 'invalid', message: 'is not an active actor' },
        { field: 'tags', code: 'too-many', message: 'size must be between 0 and 20', params: { max: 20 } },
      ],
    });
    expect(formErrorsOf(error, fieldOf, 'sv')).toEqual({
      fields: { name: 'får vara högst 200 tecken', 'event.end': 'must be after start' },
      general: ['coOrganiserIds[0]: is not an active actor', 'tags: högst 20 val'],
    });
    expect(formErrorsOf(error, fieldOf, 'en')?.fields.name).toBe('must be at most 200 characters');
  });

  it("says what the problem type means when no field does, then the API's detail, and ignores what is not an API problem", () => {
    const error = new ApiError(409, { type: 'urn:din:problem:conflict', title: 'Conflict', status: 409, detail: 'Taken' });
    expect(formErrorsOf(error, fieldOf, 'sv')).toEqual({ fields: {}, general: ['Det krockar med uppgifter som redan finns.', 'Taken'] });
    expect(formErrorsOf(error, fieldOf, 'en')).toEqual({ fields: {}, general: ['It conflicts with what is already there.', 'Taken'] });
    expect(formErrorsOf(new Error('network'), fieldOf, 'sv')).toBeUndefined();
  });
});
