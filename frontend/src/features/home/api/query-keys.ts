/** The home page's queries: each section asks for its own, so one failing leaves the others. */
export const homeKeys = {
  all: ['home'] as const,
  actorsBySector: () => [...homeKeys.all, 'actors-by-sector'] as const,
  boundaryScores: (from: string) => [...homeKeys.all, 'boundary-scores', from] as const,
  boundaryCrossing: (from: string) => [...homeKeys.all, 'boundary-crossing', from] as const,
  upcomingEvents: (from: string) => [...homeKeys.all, 'upcoming-events', from] as const,
  testbeds: () => [...homeKeys.all, 'testbeds'] as const,
  mappedActors: () => [...homeKeys.all, 'mapped-actors'] as const,
};
