import { describe, expect, it, vi } from 'vitest';
import { translate } from '../../lib/i18n/messages';
import { emptyActorForm, messageParams, validateActor, type ActorFormValues } from './validation';

// The API's limits as if openapi.yaml had changed them: the rules and their messages must follow
// the generated LIMITS, not numbers copied into the form.
vi.mock('../../lib/api/limits.generated', async (importOriginal) => {
  const { LIMITS } = await importOriginal<typeof import('../../lib/api/limits.generated')>();
  const actor = LIMITS.ActorInput;
  return {
    LIMITS: {
      ...LIMITS,
      ActorInput: {
        ...actor,
        name: { ...actor.name, minLength: 3, maxLength: 12 },
        'description.en': { maxLength: 10 },
        logoUrl: { maxLength: 30 },
        'location.lat': { ...actor['location.lat'], minimum: 60 },
        technologyAreas: { ...actor.technologyAreas, maxItems: 1 },
        competences: { maxItems: 2, items: { minLength: 1, maxLength: 5 } },
      },
      JoinRequestInput: { message: { maxLength: 7 } },
    },
  };
});

function errorsOf(values: Partial<ActorFormValues>) {
  const result = validateActor({ ...emptyActorForm(), name: 'Umeå Lab', kind: 'COMPANY', ...values });
  return result.ok ? {} : result.errors;
}

describe('the actor rules take their limits from the generated LIMITS', () => {
  it('checks the name against LIMITS.ActorInput.name', () => {
    expect(errorsOf({ name: 'x'.repeat(12) })).toEqual({});
    expect(errorsOf({ name: 'x'.repeat(13) })).toEqual({ name: 'nameLength' });
    expect(errorsOf({ name: 'xy' })).toEqual({ name: 'nameLength' });
    expect(translate('sv', 'validation.nameLength', messageParams('nameLength', 'name'))).toBe('Namnet ska vara 3–12 tecken långt.');
  });

  it('checks each description, URL, the location and the lists against their own limits', () => {
    expect(errorsOf({ descriptionSv: 'x'.repeat(11), descriptionEn: 'x'.repeat(11) })).toEqual({ descriptionEn: 'descriptionLength' });
    expect(errorsOf({ logoUrl: 'https://example.se/logo-321.png', website: 'https://example.se/logo-321.png' })).toEqual({
      logoUrl: 'urlLength',
    });
    expect(errorsOf({ lat: '59.3', lon: '18.0' })).toEqual({ lat: 'latitudeRange' });
    expect(errorsOf({ technologyAreas: ['ai', 'iot'] })).toEqual({ technologyAreas: 'technologyAreasTooMany' });
    expect(errorsOf({ competences: 'ai, iot, data' })).toEqual({ competences: 'competencesTooMany' });
    expect(errorsOf({ competences: 'robotik' })).toEqual({ competences: 'competenceLength' });
  });

  it('names the same numbers in the messages', () => {
    expect(translate('en', 'validation.descriptionLength', messageParams('descriptionLength', 'descriptionEn'))).toBe(
      'The description can be at most 10 characters long.',
    );
    expect(translate('en', 'validation.urlLength', messageParams('urlLength', 'logoUrl'))).toBe(
      'The address can be at most 30 characters long.',
    );
    expect(translate('en', 'validation.latitudeRange', messageParams('latitudeRange', 'lat'))).toBe(
      'The latitude must be between 60 and 69.1, that is, within Sweden.',
    );
    expect(translate('sv', 'validation.competencesTooMany', messageParams('competencesTooMany', 'competences'))).toBe(
      'Ange högst 2 kompetenser.',
    );
  });
});
