/**
 * The texts of "Mina data" on the profile page (a person's own data: download it, erase the
 * account) and of the public page that says an account is erased; messages.ts spreads them into
 * its Swedish and English tables.
 */

export const myDataSv = {
  'myData.title': 'Mina data',
  'myData.intro':
    'Du har rätt att få ut allt plattformen har sparat om dig, och att få ditt konto raderat (dataskyddsförordningen, GDPR).',
  'myData.export.title': 'Ladda ner mina data',
  'myData.export.intro':
    'En JSON-fil med din profil, dina medlemskap och förfrågningar om att gå med, det du har skapat, API-klienter du har registrerat och alla ändringar du har gjort.',
  'myData.export.button': 'Ladda ner mina data',
  'myData.export.busy': 'Hämtar dina data…',
  'myData.export.done': 'Dina data är nedladdade som {fileName}.',
  'myData.erase.title': 'Radera mitt konto',
  'myData.erase.intro': 'Innan något raderas visar vi vad som händer och ber dig bekräfta.',
  'myData.erase.start': 'Radera mitt konto…',
  'myData.erase.checking': 'Tar reda på vad som händer om du raderar ditt konto…',
  'myData.erase.consequences': 'Om du raderar ditt konto händer följande:',
  'myData.erase.membershipsEnd':
    '{count, plural, one {Ditt medlemskap upphör:} other {Dina # medlemskap upphör:}}',
  'myData.erase.membership': '{actor}, som {role}',
  'myData.erase.noMemberships': 'Du är inte medlem i någon organisation, så inga medlemskap upphör.',
  'myData.erase.joinRequests':
    '{count, plural, one {Din förfrågan om att gå med i en organisation dras tillbaka.} other {Dina # förfrågningar om att gå med i organisationer dras tillbaka.}}',
  'myData.erase.login': 'Ditt konto tas bort från inloggningen, och du loggas ut.',
  'myData.erase.audit':
    'Ändringar du har gjort finns kvar i ändringsloggen, men under en pseudonym i stället för ditt namn: de går inte längre att koppla till dig.',
  'myData.erase.final': 'Det går inte att ångra.',
  'myData.erase.exportFirst': 'Vill du behålla en kopia av dina data, ladda ner dem först.',
  'myData.erase.blocked':
    'Du kan inte radera ditt konto än, eftersom du är enda ägare till {count, plural, one {den här organisationen} other {de här organisationerna}}. Gör någon annan till ägare först (på organisationens sida), så går det sedan. Finns ingen som kan ta över, be en moderator om hjälp.',
  'myData.erase.checkAgain': 'Kontrollera igen',
  'myData.erase.confirmLabel': 'Skriv ditt användarnamn, {username}, för att bekräfta',
  'myData.erase.confirmHint': 'Knappen går att använda när användarnamnet stämmer.',
  'myData.erase.confirm': 'Radera mitt konto för alltid',
  'myData.erase.cancel': 'Avbryt',
  'myData.erase.busy': 'Raderar ditt konto…',
  'myData.erase.done': 'Ditt konto är raderat. Du loggas ut…',
  'myData.erase.expired':
    'Bekräftelsen hann gå ut, så ingenting raderades. Vi har hämtat en ny: kontrollera uppgifterna och radera igen.',
  'myData.erase.nothingErased': 'Ingenting raderades.',
  'accountErased.title': 'Ditt konto är raderat',
  'accountErased.body':
    'Ditt konto och uppgifterna om dig är borttagna, och du är utloggad. Ändringar du gjorde finns kvar i ändringsloggen, men utan ditt namn.',
  'accountErased.thanks': 'Tack för att du var med i Digital Impact North.',
  'accountErased.home': 'Till startsidan',
};

export const myDataEn: Record<keyof typeof myDataSv, string> = {
  'myData.title': 'My data',
  'myData.intro':
    'You have the right to a copy of everything the platform stores about you, and to have your account erased (the General Data Protection Regulation, GDPR).',
  'myData.export.title': 'Download my data',
  'myData.export.intro':
    'A JSON file with your profile, your memberships and requests to join, what you created, API clients you registered and every change you made.',
  'myData.export.button': 'Download my data',
  'myData.export.busy': 'Fetching your data…',
  'myData.export.done': 'Your data was downloaded as {fileName}.',
  'myData.erase.title': 'Erase my account',
  'myData.erase.intro': 'Before anything is erased, we show what will happen and ask you to confirm.',
  'myData.erase.start': 'Erase my account…',
  'myData.erase.checking': 'Finding out what erasing your account would do…',
  'myData.erase.consequences': 'If you erase your account:',
  'myData.erase.membershipsEnd': '{count, plural, one {Your membership ends:} other {Your # memberships end:}}',
  'myData.erase.membership': '{actor}, as {role}',
  'myData.erase.noMemberships': 'You are not a member of any organisation, so no membership ends.',
  'myData.erase.joinRequests':
    '{count, plural, one {Your request to join an organisation is withdrawn.} other {Your # requests to join organisations are withdrawn.}}',
  'myData.erase.login': 'Your account is removed from the login, and you are logged out.',
  'myData.erase.audit':
    'Changes you made stay in the audit trail, but under a pseudonym instead of your name: they can no longer be linked to you.',
  'myData.erase.final': 'This cannot be undone.',
  'myData.erase.exportFirst': 'If you want to keep a copy of your data, download it first.',
  'myData.erase.blocked':
    'You cannot erase your account yet, because you are the only owner of {count, plural, one {this organisation} other {these organisations}}. Make someone else an owner first (on the organisation\'s page), and then you can. If nobody can take over, ask a moderator for help.',
  'myData.erase.checkAgain': 'Check again',
  'myData.erase.confirmLabel': 'Type your username, {username}, to confirm',
  'myData.erase.confirmHint': 'The button can be used once the username matches.',
  'myData.erase.confirm': 'Erase my account for good',
  'myData.erase.cancel': 'Cancel',
  'myData.erase.busy': 'Erasing your account…',
  'myData.erase.done': 'Your account is erased. Logging you out…',
  'myData.erase.expired':
    'The confirmation had expired, so nothing was erased. We fetched a new one: check the details and erase again.',
  'myData.erase.nothingErased': 'Nothing was erased.',
  'accountErased.title': 'Your account is erased',
  'accountErased.body':
    'Your account and the data about you are gone, and you are logged out. Changes you made stay in the audit trail, without your name.',
  'accountErased.thanks': 'Thank you for taking part in Digital Impact North.',
  'accountErased.home': 'To the start page',
};
