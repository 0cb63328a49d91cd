/** Every integrations query starts with 'integrations' and the actor, so one invalidation refreshes its lists. */
export const integrationKeys = {
  all: ['integrations'] as const,
  ofActor: (actorId: string) => [...integrationKeys.all, actorId] as const,
  apiClients: (actorId: string) => [...integrationKeys.ofActor(actorId), 'api-clients'] as const,
  webhooks: (actorId: string) => [...integrationKeys.ofActor(actorId), 'webhooks'] as const,
  deliveries: (actorId: string, webhookId: string) => [...integrationKeys.webhooks(actorId), webhookId, 'deliveries'] as const,
};
