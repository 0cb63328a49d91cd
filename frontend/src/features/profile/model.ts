import type { components } from '../../lib/api/schema';

/** What erasing the caller's account would do, and the short-lived confirmation it takes. */
export type ErasurePlan = components['schemas']['ErasurePlan'];

/** An actor whose only owner the caller is: it blocks the erasure until it has another owner. */
export type BlockingActor = ErasurePlan['blockingActors'][number];

/** A membership that ends with the account. */
export type EndingMembership = ErasurePlan['memberships'][number];
