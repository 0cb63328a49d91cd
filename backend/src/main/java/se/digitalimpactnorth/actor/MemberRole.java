package se.digitalimpactnorth.actor;

/** A person's role in an actor: owners manage people, editors edit content, members belong. */
public enum MemberRole {
    OWNER, EDITOR, MEMBER
}
