import { describe, expect, it } from 'vitest';
import { ApiError, expectOk, formErrorsOf, unwrap } from './api-error';

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

describe('formErrorsOf', () => {
  const fieldOf = (path: string) => (path === 'event.end' || path === 'name' ? path : undefined);

  it('puts each field error on the form field it names, the first message winning', () => {
    const error = new ApiError(400, {
      type: 'urn:din:problem:validation', title: 'Invalid input', status: 400, detail: 'x',
      errors: [
        { field: 'event.end', message: 'must be after start' },
        { field: 'event.end', message: 'second' },
        { field: 'coOrganiserIds[0]', message: 'is not an active actor' },
      ],
    });
    expect(formErrorsOf(error, fieldOf)).toEqual({
      fields: { 'event.end': 'must be after start' },
      general: ['coOrganiserIds[0]: is not an active actor'],
    });
  });

  it('falls back to the detail, and ignores what is not an API problem', () => {
    const error = new ApiError(409, { type: 'urn:din:problem:conflict', title: 'Conflict', status: 409, detail: 'Upptaget' });
    expect(formErrorsOf(error, fieldOf)).toEqual({ fields: {}, general: ['Upptaget'] });
    expect(formErrorsOf(new Error('network'), fieldOf)).toBeUndefined();
  });
});
