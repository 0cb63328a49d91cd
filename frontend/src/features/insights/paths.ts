/** The insights dashboard's URL (Swedish, like the rest of the public site); the app's router mounts it. */
export const insightsPaths = {
  dashboard: '/insikter',
} as const;
