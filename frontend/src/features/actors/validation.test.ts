import { describe, expect, it } from 'vitest';
import {
  actorToFormValues,
  emptyActorForm,
  fieldOfServerError,
  isEmail,
  isHttpUrl,
  luhnValid,
  normaliseCompetence,
  orgNumberError,
  parseCompetences,
  validateActor,
  type ActorFormValues,
} from './validation';
import type { Actor } from './model';

function form(values: Partial<ActorFormValues>): ActorFormValues {
  return { ...emptyActorForm(), name: 'Umeå Science Park', kind: 'SCIENCE_PARK', ...values };
}

function errorsOf(values: Partial<ActorFormValues>, context = {}) {
  const result = validateActor(form(values), context);
  return result.ok ? {} : result.errors;
}

describe('organisation numbers', () => {
  it('accepts NNNNNN-NNNN whose ten digits pass the Luhn check', () => {
    expect(orgNumberError('556036-0793')).toBeUndefined();
    expect(orgNumberError('202100-2874')).toBeUndefined();
  });

  it('refuses a wrong check digit', () => {
    expect(orgNumberError('556036-0794')).toBe('orgNumberChecksum');
  });

  it('refuses other formats, even with a correct checksum', () => {
    expect(orgNumberError('5560360793')).toBe('orgNumberFormat');
    expect(orgNumberError('55603-60793')).toBe('orgNumberFormat');
    expect(orgNumberError('16556036-0793')).toBe('orgNumberFormat');
    expect(orgNumberError('556036-079a')).toBe('orgNumberFormat');
  });

  it('computes Luhn over digits only', () => {
    expect(luhnValid('5560360793')).toBe(true);
    expect(luhnValid('5560360794')).toBe(false);
    expect(luhnValid('55603607x3')).toBe(false);
  });
});

describe('URLs', () => {
  it('accepts absolute http and https URLs', () => {
    expect(isHttpUrl('https://www.umu.se/')).toBe(true);
    expect(isHttpUrl('http://example.se/om?x=1')).toBe(true);
  });

  it('refuses javascript:, data:, relative and host-less URLs', () => {
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('JavaScript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isHttpUrl('ftp://example.se')).toBe(false);
    expect(isHttpUrl('/relative/path')).toBe(false);
    expect(isHttpUrl('www.umu.se')).toBe(false);
  });

  it('refuses what the server cannot parse as a URI, such as spaces', () => {
    expect(isHttpUrl('https://www.umu.se/om oss')).toBe(false);
    expect(isHttpUrl('https://www.umu.se/{id}')).toBe(false);
    expect(isHttpUrl('https://www.umu.se/om%20oss')).toBe(true);
  });

  it('reports a javascript: website and a too long logo URL on their fields', () => {
    expect(errorsOf({ website: 'javascript:alert(1)' })).toEqual({ website: 'url' });
    expect(errorsOf({ logoUrl: `https://example.se/${'a'.repeat(2048)}` })).toEqual({ logoUrl: 'urlLength' });
  });
});

describe('names', () => {
  it('refuses a 10000-character name, and one shorter than 2 characters', () => {
    expect(errorsOf({ name: 'x'.repeat(10_000) })).toEqual({ name: 'nameLength' });
    expect(errorsOf({ name: ' A ' })).toEqual({ name: 'nameLength' });
  });

  it('accepts 2 and 200 characters, and requires a name at all', () => {
    expect(validateActor(form({ name: 'AB' })).ok).toBe(true);
    expect(validateActor(form({ name: 'x'.repeat(200) })).ok).toBe(true);
    expect(errorsOf({ name: 'x'.repeat(201) })).toEqual({ name: 'nameLength' });
    expect(errorsOf({ name: '   ' })).toEqual({ name: 'required' });
  });
});

describe('the other fields', () => {
  it('requires a known kind', () => {
    expect(errorsOf({ kind: '' })).toEqual({ kind: 'required' });
    expect(errorsOf({ kind: 'PIRATE' })).toEqual({ kind: 'kind' });
  });

  it('checks e-mail addresses', () => {
    expect(isEmail('info@umu.se')).toBe(true);
    expect(isEmail('info@umu')).toBe(false);
    expect(isEmail('in fo@umu.se')).toBe(false);
    expect(errorsOf({ contactEmail: 'not-an-email' })).toEqual({ contactEmail: 'email' });
  });

  it('keeps the location inside Sweden and asks for both coordinates', () => {
    expect(validateActor(form({ lat: '63,8258', lon: '20.2630' }))).toMatchObject({
      ok: true,
      input: { location: { lat: 63.8258, lon: 20.263 } },
    });
    expect(errorsOf({ lat: '59.33', lon: '10.5' })).toEqual({ lon: 'longitudeRange' });
    expect(errorsOf({ lat: '70', lon: '20' })).toEqual({ lat: 'latitudeRange' });
    expect(errorsOf({ lat: '63.8' })).toEqual({ lon: 'locationPair' });
    expect(errorsOf({ lat: 'north', lon: '20' })).toEqual({ lat: 'number' });
  });

  it('normalises competences and limits their length and number', () => {
    expect(normaliseCompetence('  Machine   LEARNING ')).toBe('machine learning');
    expect(parseCompetences('AI,  Machine  learning , ,ai')).toEqual(['ai', 'machine learning']);
    expect(validateActor(form({ competences: 'Datorseende, MASKININLÄRNING' }))).toMatchObject({
      ok: true,
      input: { competences: ['datorseende', 'maskininlärning'] },
    });
    expect(errorsOf({ competences: 'x'.repeat(61) })).toEqual({ competences: 'competenceLength' });
    const many = Array.from({ length: 31 }, (_, i) => `c${i}`).join(',');
    expect(errorsOf({ competences: many })).toEqual({ competences: 'competencesTooMany' });
  });

  it('limits descriptions to 10000 characters in each language', () => {
    expect(validateActor(form({ descriptionSv: 'x'.repeat(10_000) })).ok).toBe(true);
    expect(errorsOf({ descriptionEn: 'x'.repeat(10_001) })).toEqual({ descriptionEn: 'descriptionLength' });
  });

  it('checks municipality and technology area codes against the vocabularies when loaded', () => {
    const context = { municipalityCodes: new Set(['2480']), technologyAreaCodes: new Set(['ai', 'iot']) };
    expect(errorsOf({ municipalityCode: '9999', technologyAreas: ['ai', 'quantum'] }, context)).toEqual({
      municipalityCode: 'municipality',
      technologyAreas: 'technologyAreaUnknown',
    });
    expect(errorsOf({ municipalityCode: '24' })).toEqual({ municipalityCode: 'municipality' });
    const tooMany = Array.from({ length: 21 }, (_, i) => `area-${i}`);
    expect(errorsOf({ technologyAreas: tooMany })).toEqual({ technologyAreas: 'technologyAreasTooMany' });
  });
});

describe('the request body', () => {
  it('holds only the fields the API knows, trimmed, and leaves out empty ones', () => {
    const result = validateActor(
      form({
        name: '  Umeå Science Park ',
        orgNumber: '556036-0793',
        website: ' https://www.umeasciencepark.se ',
        contactEmail: 'info@example.se',
        municipalityCode: '2480',
        technologyAreas: ['ai', 'ai', 'iot'],
        descriptionSv: ' Mötesplats ',
      }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        name: 'Umeå Science Park',
        kind: 'SCIENCE_PARK',
        orgNumber: '556036-0793',
        website: 'https://www.umeasciencepark.se',
        contactEmail: 'info@example.se',
        municipalityCode: '2480',
        technologyAreas: ['ai', 'iot'],
        description: { sv: 'Mötesplats' },
      },
    });
  });

  it('round-trips an actor through the form', () => {
    const actor = {
      name: 'RISE',
      kind: 'RESEARCH_INSTITUTE',
      orgNumber: '556464-6874',
      website: 'https://www.ri.se',
      municipality: { code: '2480', name: 'Umeå kommun', countyCode: '24', countyName: 'Västerbottens län' },
      location: { lat: 63.82, lon: 20.26 },
      technologyAreas: [{ code: 'ai', name: { sv: 'AI' } }],
      competences: ['testbäddar', 'ai'],
      description: { en: 'Research institute' },
    } as unknown as Actor;
    const values = actorToFormValues(actor);
    expect(values).toMatchObject({ lat: '63.82', competences: 'testbäddar, ai', descriptionSv: '' });
    expect(validateActor(values)).toEqual({
      ok: true,
      input: {
        name: 'RISE',
        kind: 'RESEARCH_INSTITUTE',
        orgNumber: '556464-6874',
        website: 'https://www.ri.se',
        municipalityCode: '2480',
        location: { lat: 63.82, lon: 20.26 },
        technologyAreas: ['ai'],
        competences: ['testbäddar', 'ai'],
        description: { en: 'Research institute' },
      },
    });
  });
});

describe('server field errors', () => {
  it('land on the form field they are about', () => {
    expect(fieldOfServerError('name')).toBe('name');
    expect(fieldOfServerError('orgNumber')).toBe('orgNumber');
    expect(fieldOfServerError('description.en')).toBe('descriptionEn');
    expect(fieldOfServerError('location.lon')).toBe('lon');
    expect(fieldOfServerError('location')).toBe('lat');
    expect(fieldOfServerError('competences[3]')).toBe('competences');
    expect(fieldOfServerError('technologyAreas[0]')).toBe('technologyAreas');
    expect(fieldOfServerError('create.input.website')).toBe('website');
  });

  it('are left for the summary when no field matches', () => {
    expect(fieldOfServerError('status')).toBeUndefined();
    expect(fieldOfServerError('')).toBeUndefined();
  });
});
