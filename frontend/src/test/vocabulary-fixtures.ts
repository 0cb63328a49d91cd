import type { HttpHandler } from 'msw';
import type { components } from '../lib/api/schema';
import { http } from './api-mock';

type Schemas = components['schemas'];

/** Three goals, one without an English name (the SPA falls back to Swedish). */
export const SDGS: Schemas['SdgList'] = {
  items: [
    { number: 1, name: { sv: 'Ingen fattigdom', en: 'No poverty' } },
    { number: 2, name: { sv: 'Ingen hunger', en: 'Zero hunger' } },
    { number: 3, name: { sv: 'God hälsa och välbefinnande', en: '' } },
  ],
};

/** The vocabularies a test's pages read; each one given is answered with its items. */
export interface Vocabularies {
  municipalities?: Schemas['Municipality'][];
  technologyAreas?: Schemas['TechnologyArea'][];
  sdgs?: Schemas['Sdg'][];
  knowledgeAreas?: Schemas['KnowledgeArea'][];
}

/** Handlers answering the vocabularies given (and only those: any other is an unhandled request). */
export function vocabularyHandlers(vocabularies: Vocabularies): HttpHandler[] {
  const { municipalities, technologyAreas, sdgs, knowledgeAreas } = vocabularies;
  return [
    municipalities &&
      http.get('/api/v1/vocabularies/municipalities', ({ response }) => response(200).json({ items: municipalities })),
    technologyAreas &&
      http.get('/api/v1/vocabularies/technology-areas', ({ response }) => response(200).json({ items: technologyAreas })),
    sdgs && http.get('/api/v1/vocabularies/sdgs', ({ response }) => response(200).json({ items: sdgs })),
    knowledgeAreas &&
      http.get('/api/v1/vocabularies/knowledge-areas', ({ response }) => response(200).json({ items: knowledgeAreas })),
  ].filter((handler): handler is HttpHandler => handler !== undefined);
}
