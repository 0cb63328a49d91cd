import { describe, expect, it } from 'vitest';
import { collaboration, NORRSKEN, UMU } from './test-fixtures';
import {
  collaborationToFormValues,
  emptyCollaborationForm,
  emptyFunding,
  fieldOfServerError,
  fieldOfValuePath,
  firstFieldAtFault,
  parseAmount,
  validateCollaboration,
  valuePathOf,
  type CollaborationFormValues,
  type FormField,
} from './validation';

function filled(overrides: Partial<CollaborationFormValues> = {}): CollaborationFormValues {
  return {
    ...emptyCollaborationForm(NORRSKEN.id),
    kind: 'PROJECT',
    titleSv: '  AI för basindustrin ',
    startDate: '2026-03-01',
    ...overrides,
  };
}

describe('the collaboration form → CollaborationInput', () => {
  it('sends the required fields, trims texts and leaves empty ones out', () => {
    const result = validateCollaboration(filled());
    expect(result).toEqual({
      ok: true,
      input: {
        leadActorId: NORRSKEN.id,
        kind: 'PROJECT',
        status: 'PLANNED',
        title: { sv: 'AI för basindustrin' },
        startDate: '2026-03-01',
        sdgs: [],
        technologyAreas: [],
        knowledgeAreas: [],
        places: [],
        funding: [],
        linkedResourceIds: [],
      },
    });
  });

  it('sends every field, Markdown as typed, SDGs in order and funding lines with a funder of either kind', () => {
    const result = validateCollaboration(
      filled({
        status: 'ACTIVE',
        titleEn: 'AI for heavy industry',
        summarySv: 'Kort.',
        descriptionEn: '  # Heading\n\n- item\n',
        endDate: '2027-12-31',
        website: 'https://example.se/ai',
        sdgs: [11, 9],
        technologyAreas: ['ai'],
        knowledgeAreas: ['102', '10201'],
        places: ['2580'],
        funding: [
          { funderActorId: '', funderName: ' Vinnova ', programme: 'Avancerad digitalisering', amountSek: '2 500 000', type: 'PUBLIC' },
          { funderActorId: UMU.id, funderName: 'ignored', programme: '', amountSek: '0', type: 'PRIVATE' },
        ],
        linkedResourceIds: ['r-1'],
      }),
    );
    expect(result.ok && result.input).toEqual({
      leadActorId: NORRSKEN.id,
      kind: 'PROJECT',
      status: 'ACTIVE',
      title: { sv: 'AI för basindustrin', en: 'AI for heavy industry' },
      summary: { sv: 'Kort.' },
      description: { en: '  # Heading\n\n- item\n' },
      startDate: '2026-03-01',
      endDate: '2027-12-31',
      website: 'https://example.se/ai',
      sdgs: [9, 11],
      technologyAreas: ['ai'],
      knowledgeAreas: ['102', '10201'],
      places: ['2580'],
      funding: [
        { funderName: 'Vinnova', programme: 'Avancerad digitalisering', amountSek: 2500000, type: 'PUBLIC' },
        { funderActorId: UMU.id, amountSek: 0, type: 'PRIVATE' },
      ],
      linkedResourceIds: ['r-1'],
    });
  });

  it('refuses what the API would refuse, naming the API field paths', () => {
    const result = validateCollaboration({
      ...emptyCollaborationForm(),
      status: '',
      startDate: '2026-05-01',
      endDate: '2026-04-30',
      website: 'javascript:alert(1)',
      summaryEn: 'x'.repeat(1001),
      knowledgeAreas: Array.from({ length: 21 }, (_, i) => String(10000 + i)),
      funding: [{ ...emptyFunding(), amountSek: '-5' }, { ...emptyFunding(), funderName: 'SEB', amountSek: '1000000000001', type: 'PRIVATE' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        leadActorId: 'required',
        kind: 'required',
        status: 'required',
        'title.sv': 'titleRequired',
        'summary.en': 'tooLong',
        endDate: 'endBeforeStart',
        website: 'url',
        knowledgeAreas: 'tooMany',
        'funding[0].funderName': 'funderRequired',
        'funding[0].amountSek': 'amount',
        'funding[0].type': 'required',
        'funding[1].amountSek': 'amount',
      },
    });
    expect(firstFieldAtFault(result.ok ? {} : result.errors)).toBe('leadActorId');
    expect(firstFieldAtFault({ 'funding[1].amountSek': 'amount', 'funding[0].type': 'required', places: 'tooMany' })).toBe('places');
    expect(firstFieldAtFault({ 'funding[1].amountSek': 'amount', 'funding[0].type': 'required' })).toBe('funding[0].type');
  });

  it('reads amounts with spaces between thousands, from 0 up to 10^12', () => {
    expect(parseAmount('1 500 000')).toBe(1500000);
    expect(parseAmount('1\u00a0000')).toBe(1000);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('1000000000000')).toBe(1_000_000_000_000);
    expect(parseAmount('1000000000001')).toBeUndefined();
    expect(parseAmount('-1')).toBeUndefined();
    expect(parseAmount('1,5')).toBeUndefined();
    expect(parseAmount('')).toBeUndefined();
  });

  it('fills the form from a collaboration, and sends the same collaboration back unchanged', () => {
    const existing = collaboration({
      funding: [{ funder: UMU, amountSek: 100, type: 'PRIVATE' }],
      linkedResources: [{ id: 'r-1', slug: 'testbadd', kind: 'TESTBED', title: { sv: 'Testbädd' }, actor: UMU }],
    });
    const values = collaborationToFormValues(existing);
    expect(values.funding).toEqual([{ funderActorId: UMU.id, funderName: '', programme: '', amountSek: '100', type: 'PRIVATE' }]);
    const result = validateCollaboration(values);
    expect(result.ok && result.input).toMatchObject({
      leadActorId: NORRSKEN.id,
      title: { sv: 'AI för basindustrin' },
      knowledgeAreas: ['10201'],
      places: ['2580'],
      technologyAreas: ['ai'],
      sdgs: [9],
      funding: [{ funderActorId: UMU.id, amountSek: 100, type: 'PRIVATE' }],
      linkedResourceIds: ['r-1'],
      website: 'https://example.se/ai',
      endDate: '2027-12-31',
    });
  });
});

describe('the server error paths → the form fields', () => {
  it('puts each problem field on the form field of the same API path', () => {
    expect(fieldOfServerError('title.sv')).toBe('title.sv');
    expect(fieldOfServerError('title')).toBe('title.sv');
    expect(fieldOfServerError('endDate')).toBe('endDate');
    expect(fieldOfServerError('leadActorId')).toBe('leadActorId');
    expect(fieldOfServerError('knowledgeAreas[3]')).toBe('knowledgeAreas');
    expect(fieldOfServerError('places[0]')).toBe('places');
    expect(fieldOfServerError('funding[2].amountSek')).toBe('funding[2].amountSek');
    expect(fieldOfServerError('funding[1]')).toBe('funding[1].funderName');
    expect(fieldOfServerError('funding')).toBe('funding');
  });

  it('has no field for what the form does not show, which then goes to the summary', () => {
    expect(fieldOfServerError('linkedResourceIds[0]')).toBeUndefined();
    expect(fieldOfServerError('version')).toBeUndefined();
  });
});

describe('the API field paths ↔ the form values’ paths', () => {
  it('finds each field’s value in the form and the way back', () => {
    const pairs: [FormField, string][] = [
      ['title.sv', 'titleSv'],
      ['description.en', 'descriptionEn'],
      ['funding[2].amountSek', 'funding.2.amountSek'],
      ['funding', 'funding.root'],
      ['knowledgeAreas', 'knowledgeAreas'],
      ['endDate', 'endDate'],
    ];
    for (const [field, path] of pairs) {
      expect(valuePathOf(field)).toBe(path);
      expect(fieldOfValuePath(path)).toBe(field);
    }
    expect(fieldOfValuePath('linkedResourceIds')).toBeUndefined();
  });
});
