/**
 * The texts of issue 14's safe actions (components/confirm-dialog and the confirmations that use
 * it: leave, remove, archive, revoke; the members' explicit role save and the last-owner rule),
 * kept apart like the visuals'; messages.ts spreads them into its tables.
 */

export const safeSv = {
  'confirm.cancel': 'Avbryt',
  'confirm.busy': 'Skickar…',
  // Leaving an organisation (my organisations).
  'safe.leaveTitle': 'Lämna {name}?',
  'safe.leaveBody': 'Du förlorar din roll i {name} och kan inte längre arbeta för organisationen. För att komma tillbaka måste du be om att få gå med igen, och en ägare måste godkänna det.',
  'safe.leaveLastOwner': 'Du är enda ägaren. Gör någon annan till ägare först.',
  // Removing a member (members panel).
  'safe.removeTitle': 'Ta bort {name} ur {actor}?',
  'safe.removeBody': '{name} förlorar sin roll och kan inte längre arbeta för {actor}. För att komma tillbaka måste hen be om att få gå med igen.',
  'safe.removeConfirm': 'Ta bort {name}',
  // Explicit role changes.
  'safe.saveRole': 'Spara roll',
  'safe.saveRoleFor': 'Spara roll för {name}',
  'safe.demoteSelfTitle': 'Ändra din egen roll till {role}?',
  'safe.demoteSelfBody': 'Du blir {role} i {actor} och förlorar rättigheter du har i dag. Bara en ägare kan ge dem tillbaka.',
  'safe.demoteSelfConfirm': 'Gör mig till {role}',
  'safe.lastOwnerRole': 'Du är enda ägaren. Gör någon annan till ägare först.',
  // Archiving.
  'safe.archiveResourceTitle': 'Arkivera {title}?',
  'safe.archiveResourceBody': 'Resursen försvinner från katalogen, sökningen och flödena, och partners webbplatser slutar visa den. Ni kan publicera den igen senare.',
  'safe.archiveResourceConfirm': 'Arkivera {title}',
  'safe.archiveCollabTitle': 'Arkivera {title}?',
  'safe.archiveCollabBody': 'Samverkan försvinner från katalogen och sökningen. Deltagarna finns kvar, och ni kan publicera den igen senare.',
  'safe.archiveCollabConfirm': 'Arkivera {title}',
  // Collaborations: participants and leaving.
  'safe.removeParticipantTitle': 'Ta bort {name} ur samverkan?',
  'safe.removeParticipantBody': '{name} räknas inte längre med i samverkan och dess gränsprofil. För att komma tillbaka måste {name} bjudas in igen och tacka ja.',
  'safe.handOverTitle': 'Gör {name} till huvudman?',
  'safe.handOverBody': 'Huvudmannen styr samverkan. Er organisation blir partner och kan inte längre redigera, publicera eller bjuda in. Bara {name} kan ge tillbaka rollen.',
  'safe.handOverConfirm': 'Gör {name} till huvudman',
  'safe.leaveCollabTitle': 'Lämna samverkan för {name}?',
  'safe.leaveCollabBody': '{name} räknas inte längre med i samverkan. För att komma tillbaka måste huvudmannen bjuda in er igen.',
  // Integrations.
  'safe.rotateClientTitle': 'Byt hemlighet för {name}?',
  'safe.revokeClientTitle': 'Återkalla {name}?',
  'safe.rotateWebhookTitle': 'Byt signeringshemlighet för webhooken?',
  'safe.deleteWebhookTitle': 'Ta bort webhooken?',
};

export const safeEn: Record<keyof typeof safeSv, string> = {
  'confirm.cancel': 'Cancel',
  'confirm.busy': 'Sending…',
  'safe.leaveTitle': 'Leave {name}?',
  'safe.leaveBody': 'You lose your role in {name} and can no longer work for the organisation. To come back you have to ask to join again, and an owner has to approve it.',
  'safe.leaveLastOwner': 'You are the only owner. Make someone else an owner first.',
  'safe.removeTitle': 'Remove {name} from {actor}?',
  'safe.removeBody': '{name} loses their role and can no longer work for {actor}. To come back they have to ask to join again.',
  'safe.removeConfirm': 'Remove {name}',
  'safe.saveRole': 'Save role',
  'safe.saveRoleFor': 'Save the role of {name}',
  'safe.demoteSelfTitle': 'Change your own role to {role}?',
  'safe.demoteSelfBody': 'You become {role} in {actor} and lose rights you have today. Only an owner can give them back.',
  'safe.demoteSelfConfirm': 'Make me {role}',
  'safe.lastOwnerRole': 'You are the only owner. Make someone else an owner first.',
  'safe.archiveResourceTitle': 'Archive {title}?',
  'safe.archiveResourceBody': 'The resource disappears from the catalogue, search and the feeds, and partner websites stop showing it. You can publish it again later.',
  'safe.archiveResourceConfirm': 'Archive {title}',
  'safe.archiveCollabTitle': 'Archive {title}?',
  'safe.archiveCollabBody': 'The collaboration disappears from the catalogue and search. Its participants stay, and you can publish it again later.',
  'safe.archiveCollabConfirm': 'Archive {title}',
  'safe.removeParticipantTitle': 'Remove {name} from the collaboration?',
  'safe.removeParticipantBody': '{name} no longer counts in the collaboration and its boundary profile. To come back, {name} has to be invited again and accept.',
  'safe.handOverTitle': 'Make {name} the lead?',
  'safe.handOverBody': 'The lead runs the collaboration. Your organisation becomes a partner and can no longer edit, publish or invite. Only {name} can give the role back.',
  'safe.handOverConfirm': 'Make {name} the lead',
  'safe.leaveCollabTitle': 'Leave the collaboration for {name}?',
  'safe.leaveCollabBody': '{name} no longer counts in the collaboration. To come back, the lead has to invite you again.',
  'safe.rotateClientTitle': 'Replace the secret of {name}?',
  'safe.revokeClientTitle': 'Revoke {name}?',
  'safe.rotateWebhookTitle': 'Replace the webhook’s signing secret?',
  'safe.deleteWebhookTitle': 'Delete the webhook?',
};
