/** The SPA's URLs, in one place for links and routes. */
export const paths = {
  home: '/',
  profile: '/profile',
} as const;
