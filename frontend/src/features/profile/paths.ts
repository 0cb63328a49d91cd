/** The profile's URLs; the app's router mounts them. */
export const profilePaths = {
  profile: '/profile',
  /** Public: where Keycloak's logout sends a person whose account was just erased. */
  accountErased: '/konto-raderat',
} as const;
