/**
 * The texts of issue 14's visual components (components/trl-scale, event-calendar),
 * kept apart like the maps'; messages.ts spreads them into its tables.
 */

export const visualsSv = {
  'trl.scaleLabel': 'Teknisk mognadsgrad på skalan 1–9',
  'trl.inRange': 'ingår',
  'trl.levelName': 'TRL {level}: {name}',
  // The EU's definitions (Horizon 2020 work programme, General Annex G), in our Swedish wording.
  'trl.level.1': 'Grundläggande principer observerade',
  'trl.level.2': 'Teknikkoncept formulerat',
  'trl.level.3': 'Experimentellt konceptbevis',
  'trl.level.4': 'Tekniken validerad i labbmiljö',
  'trl.level.5': 'Tekniken validerad i relevant miljö',
  'trl.level.6': 'Tekniken demonstrerad i relevant miljö',
  'trl.level.7': 'Prototyp demonstrerad i driftmiljö',
  'trl.level.8': 'Systemet komplett och kvalificerat',
  'trl.level.9': 'Systemet beprövat i driftmiljö',
  'calendar.view': 'Visa som',
  'calendar.list': 'Lista',
  'calendar.month': 'Månad',
  'calendar.previous': 'Föregående månad',
  'calendar.next': 'Nästa månad',
  'calendar.today': 'I dag',
  'calendar.noEvents': 'Inga evenemang denna månad.',
  'calendar.eventsOn': '{count, plural, =0 {inga evenemang} one {1 evenemang} other {# evenemang}}',
  'calendar.keyboardHint': 'Piltangenterna flyttar mellan dagarna; Page Up och Page Down byter månad.',
};

export const visualsEn: Record<keyof typeof visualsSv, string> = {
  'trl.scaleLabel': 'Technology readiness on the scale 1–9',
  'trl.inRange': 'included',
  'trl.levelName': 'TRL {level}: {name}',
  'trl.level.1': 'Basic principles observed',
  'trl.level.2': 'Technology concept formulated',
  'trl.level.3': 'Experimental proof of concept',
  'trl.level.4': 'Technology validated in lab',
  'trl.level.5': 'Technology validated in relevant environment',
  'trl.level.6': 'Technology demonstrated in relevant environment',
  'trl.level.7': 'System prototype demonstrated in operational environment',
  'trl.level.8': 'System complete and qualified',
  'trl.level.9': 'Actual system proven in operational environment',
  'calendar.view': 'Show as',
  'calendar.list': 'List',
  'calendar.month': 'Month',
  'calendar.previous': 'Previous month',
  'calendar.next': 'Next month',
  'calendar.today': 'Today',
  'calendar.noEvents': 'No events this month.',
  'calendar.eventsOn': '{count, plural, =0 {no events} one {1 event} other {# events}}',
  'calendar.keyboardHint': 'The arrow keys move between days; Page Up and Page Down change the month.',
};
