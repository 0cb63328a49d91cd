/**
 * Under the person's own key (lib/auth's ['me']), so that whatever refreshes the person refreshes
 * the plan too: a membership that changed changes what erasing would do.
 */
export const profileKeys = {
  erasurePlan: ['me', 'erasure-plan'] as const,
};
