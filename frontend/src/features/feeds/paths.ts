/** The feed builder's URL; the app's router mounts it. ("/flöden" in ASCII, as the other paths.) */
export const feedsPaths = {
  builder: '/floden',
} as const;
