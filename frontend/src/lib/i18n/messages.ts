import type { Language } from './languages';

/** Swedish is the source language: its keys are the keys every language must have. */
const sv = {
  'app.name': 'Digital Impact North',
  'app.skipLink': 'Hoppa till innehåll',
  'app.loading': 'Laddar…',
  'app.configError': 'Appen kunde inte starta eftersom dess konfiguration inte gick att läsa.',
  'nav.label': 'Huvudmeny',
  'nav.home': 'Start',
  'nav.profile': 'Min profil',
  'language.label': 'Språk',
  'auth.login': 'Logga in',
  'auth.logout': 'Logga ut',
  'auth.checking': 'Kontrollerar inloggning…',
  'auth.unavailable': 'Inloggningen går inte att nå just nu.',
  'home.title': 'Digital Impact North',
  'home.lead':
    'Digital Impact North är ett initiativ för att skapa en av Europas ledande regioner inom IT, artificiell intelligens och digitalisering, känd för att leverera och attrahera genom gränsöverskridande samverkan.',
  'home.vision':
    'Visionen bakom Digital Impact North är att skapa en av de ledande regionerna i världen vad gäller strategisk digitalisering och ett smart hållbart samhälle.',
  'sdgs.title': 'Agenda 2030: de 17 globala målen',
  'sdgs.intro':
    'Att stärka den regionala förmågan att möta samhällsutmaningar, inom exempelvis Agenda 2030, är en uttalad ambition för Digital Impact North.',
  'sdgs.goal': 'Mål {number}',
  'sdgs.empty': 'Inga mål att visa.',
  'profile.title': 'Min profil',
  'profile.loginRequired': 'Logga in för att se din profil.',
  'profile.name': 'Namn',
  'profile.email': 'E-post',
  'profile.subject': 'Användar-id',
  'profile.roles': 'Roller',
  'profile.noRoles': 'Inga roller',
  'profile.missing': 'Uppgift saknas',
  'profile.fetchedAt': 'Uppgifterna hämtades {time}.',
  'error.title': 'Något gick fel',
  'error.network': 'Tjänsten gick inte att nå. Försök igen om en stund.',
  'error.status': 'Tjänsten svarade med fel {status}.',
  'error.retry': 'Försök igen',
  'notFound.title': 'Sidan finns inte',
  'notFound.back': 'Till startsidan',
  'footer.about':
    'Digital Impact North är ett initiativ av Umeå universitet, Region Västerbotten, Umeå kommun, Sveriges lantbruksuniversitet (SLU), RISE och Umeå Science Park.',
};

export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  'app.name': 'Digital Impact North',
  'app.skipLink': 'Skip to content',
  'app.loading': 'Loading…',
  'app.configError': 'The app could not start because its configuration could not be read.',
  'nav.label': 'Main menu',
  'nav.home': 'Home',
  'nav.profile': 'My profile',
  'language.label': 'Language',
  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.checking': 'Checking sign-in…',
  'auth.unavailable': 'Sign-in cannot be reached right now.',
  'home.title': 'Digital Impact North',
  'home.lead':
    'Digital Impact North is an initiative to create one of Europe’s leading regions in IT, artificial intelligence and digitalisation, known for delivering and attracting through collaboration across boundaries.',
  'home.vision':
    'The vision behind Digital Impact North is to create one of the world’s leading regions in strategic digitalisation and a smart, sustainable society.',
  'sdgs.title': 'Agenda 2030: the 17 Global Goals',
  'sdgs.intro':
    'Strengthening the region’s ability to meet societal challenges, for example within Agenda 2030, is an explicit ambition of Digital Impact North.',
  'sdgs.goal': 'Goal {number}',
  'sdgs.empty': 'No goals to show.',
  'profile.title': 'My profile',
  'profile.loginRequired': 'Log in to see your profile.',
  'profile.name': 'Name',
  'profile.email': 'Email',
  'profile.subject': 'User ID',
  'profile.roles': 'Roles',
  'profile.noRoles': 'No roles',
  'profile.missing': 'Not provided',
  'profile.fetchedAt': 'Retrieved {time}.',
  'error.title': 'Something went wrong',
  'error.network': 'The service could not be reached. Please try again in a moment.',
  'error.status': 'The service answered with error {status}.',
  'error.retry': 'Try again',
  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the start page',
  'footer.about':
    'Digital Impact North is an initiative of Umeå University, Region Västerbotten, Umeå Municipality, the Swedish University of Agricultural Sciences (SLU), RISE and Umeå Science Park.',
};

export const MESSAGES: Record<Language, Messages> = { sv, en };

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills in its {placeholders}. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = MESSAGES[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
