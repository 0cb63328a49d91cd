/**
 * The partner suggestions' texts (matchmaking: components/partner-suggestions.tsx), kept apart from
 * the rest of the dictionary; messages.ts spreads them into its Swedish and English tables. The API
 * sends each reason as a kind with its data; these sentences are what a reader sees of it.
 */

export const partnersSv = {
  'partners.heading': 'Föreslagna partner',
  'partners.introActor':
    'Aktörer som {name} inte samverkar med än, men som passar: de kompletterar era sektorer, delar era områden, finns nära eller känner era partner. Bara organisationens ägare och redaktörer ser förslagen.',
  'partners.introCollaboration':
    'Aktörer som passar i samverkan utifrån deltagarnas sektorer, områden och platser. Redan inbjudna och deltagande aktörer föreslås inte.',
  'partners.empty': 'Inga förslag just nu. Förslagen bygger på publicerade samverkan och resurser, så de blir fler när ekosystemet växer.',
  'partners.score': 'Poäng: {score}',
  'partners.reasons': 'Därför föreslås {name}',
  'partners.points': '+{points} poäng',
  'partners.invite': 'Bjud in föreslagen partner {name}',
  'partners.reason.COMPLEMENTARY_SECTOR.BUSINESS': 'Kompletterar med sektorn näringsliv',
  'partners.reason.COMPLEMENTARY_SECTOR.ACADEMIA': 'Kompletterar med sektorn akademi',
  'partners.reason.COMPLEMENTARY_SECTOR.PUBLIC': 'Kompletterar med offentlig sektor',
  'partners.reason.COMPLEMENTARY_SECTOR.CIVIL': 'Kompletterar med civilsamhället',
  'partners.reason.COMPLEMENTARY_SECTOR.any': 'Kompletterar med en sektor som saknas',
  'partners.reason.SHARED_TECHNOLOGY': 'Delar {count, plural, one {teknikområdet} other {teknikområdena}} {areas}',
  'partners.reason.SHARED_KNOWLEDGE': 'Delar {count, plural, one {kunskapsområdet} other {kunskapsområdena}} {areas}',
  'partners.reason.SAME_MUNICIPALITY': 'Finns också i {municipality}',
  'partners.reason.SAME_COUNTY': 'Finns också i {county}',
  'partners.reason.FITTING_RESOURCES': 'Har {resources} som passar',
  'partners.reason.PARTNERS_OF_PARTNERS': '{count, plural, one {# gemensam partner} other {# gemensamma partner}}: {partners}',
  'partners.reason.unknown': 'Passar av andra skäl',
  'partners.more': '{count} till',
  'partners.resource.EVENT': 'evenemanget {title}',
  'partners.resource.MEETING_PLACE': 'mötesplatsen {title}',
  'partners.resource.HORIZON_SCAN': 'omvärldsanalysen {title}',
  'partners.resource.RESEARCH_RESULT': 'forskningsresultatet {title}',
  'partners.resource.EDUCATION': 'utbildningen {title}',
  'partners.resource.PROJECT_OFFICE': 'projektkontoret {title}',
  'partners.resource.BUSINESS_DEVELOPMENT_UNIT': 'affärsutvecklingsenheten {title}',
  'partners.resource.LAB': 'labbet {title}',
  'partners.resource.TESTBED': 'testbädden {title}',
  'partners.resource.SEMINAR_SERIES': 'seminarieserien {title}',
  'partners.resource.other': 'resursen {title}',
};

export const partnersEn: Record<keyof typeof partnersSv, string> = {
  'partners.heading': 'Suggested partners',
  'partners.introActor':
    'Actors that {name} does not collaborate with yet, but that fit: they complement your sectors, share your areas, are nearby or know your partners. Only the organisation’s owners and editors see the suggestions.',
  'partners.introCollaboration':
    'Actors that fit this collaboration, from its participants’ sectors, areas and places. Actors already invited or taking part are not suggested.',
  'partners.empty': 'No suggestions right now. They come from published collaborations and resources, so there will be more as the ecosystem grows.',
  'partners.score': 'Score: {score}',
  'partners.reasons': 'Why {name} is suggested',
  'partners.points': '+{points, plural, one {# point} other {# points}}',
  'partners.invite': 'Invite suggested partner {name}',
  'partners.reason.COMPLEMENTARY_SECTOR.BUSINESS': 'Brings in the business sector',
  'partners.reason.COMPLEMENTARY_SECTOR.ACADEMIA': 'Brings in academia',
  'partners.reason.COMPLEMENTARY_SECTOR.PUBLIC': 'Brings in the public sector',
  'partners.reason.COMPLEMENTARY_SECTOR.CIVIL': 'Brings in civil society',
  'partners.reason.COMPLEMENTARY_SECTOR.any': 'Brings in a missing sector',
  'partners.reason.SHARED_TECHNOLOGY': 'Shares the technology {count, plural, one {area} other {areas}} {areas}',
  'partners.reason.SHARED_KNOWLEDGE': 'Shares the knowledge {count, plural, one {area} other {areas}} {areas}',
  'partners.reason.SAME_MUNICIPALITY': 'Also based in {municipality}',
  'partners.reason.SAME_COUNTY': 'Also based in {county}',
  'partners.reason.FITTING_RESOURCES': 'Has {resources} that {count, plural, one {fits} other {fit}}',
  'partners.reason.PARTNERS_OF_PARTNERS': '{count, plural, one {# partner} other {# partners}} in common: {partners}',
  'partners.reason.unknown': 'Fits for other reasons',
  'partners.more': '{count} more',
  'partners.resource.EVENT': 'the event {title}',
  'partners.resource.MEETING_PLACE': 'the meeting place {title}',
  'partners.resource.HORIZON_SCAN': 'the horizon scan {title}',
  'partners.resource.RESEARCH_RESULT': 'the research result {title}',
  'partners.resource.EDUCATION': 'the education {title}',
  'partners.resource.PROJECT_OFFICE': 'the project office {title}',
  'partners.resource.BUSINESS_DEVELOPMENT_UNIT': 'the business development unit {title}',
  'partners.resource.LAB': 'the lab {title}',
  'partners.resource.TESTBED': 'the testbed {title}',
  'partners.resource.SEMINAR_SERIES': 'the seminar series {title}',
  'partners.resource.other': 'the resource {title}',
};
