package se.digitalimpactnorth.common;

/** Strong ETags from optimistic-lock versions, and the If-Match check that uses them. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** A missing If-Match is a 428; one that names no current version is a 412. */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last GET, so that nobody's change is overwritten");
        }
        String current = of(version);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "Someone changed this since you read it (now " + current + "): read it again and redo your change");
    }
}
