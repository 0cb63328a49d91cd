import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_AREAS } from '../test-fixtures';
import { matchKnowledgeAreas } from './knowledge-area-picker';

const codes = (query: string) => matchKnowledgeAreas(KNOWLEDGE_AREAS, query).map((area) => area.code);

describe('searching the SSIF knowledge areas', () => {
  it('offers the research areas before anything is typed', () => {
    expect(codes('')).toEqual(['1', '5']);
    expect(codes('   ')).toEqual(['1', '5']);
  });

  it('finds by code prefix, areas before groups before subjects', () => {
    expect(codes('1')).toEqual(['1', '102', '10201']);
    expect(codes('102')).toEqual(['102', '10201']);
    expect(codes('10201')).toEqual(['10201']);
  });

  it('finds by a part of the name in either language, whatever the case and accents', () => {
    expect(codes('DATAVET')).toEqual(['10201']);
    expect(codes('information')).toEqual(['102']);
    expect(codes('computer')).toEqual(['102', '10201']);
    expect(codes('naringsliv')).toEqual(['502']);
    expect(codes('kemi')).toEqual([]);
  });
});
