import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Helper of bench/search.sh, run with the JDK's source launcher on the API's own classes
 * (java -cp 'backend/target/quarkus-app/app/*' bench/SearchQuery.java ...), so the benchmark
 * uses exactly what the API jar runs:
 *
 *   sql    prints SearchService.SQL as compiled into the jar;
 *   terms  reads one query per line (as a person types it; blank lines and lines starting
 *          with # are skipped) and prints "term TAB tsq TAB raw", the :tsq and :raw parameters
 *          built by TextQuery exactly as SearchService.search builds them. A query without
 *          words (no :tsq) is an error: the API would answer it without running the SQL.
 */
public class SearchQuery {
    public static void main(String[] args) throws Exception {
        ClassLoader loader = SearchQuery.class.getClassLoader();
        // UTF-8 whatever the locale: terms and the SQL are not ASCII.
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (args.length == 1 && args[0].equals("sql")) {
            Class<?> service = Class.forName("se.digitalimpactnorth.resource.SearchService", false, loader);
            stdout.print(service.getField("SQL").get(null));
            stdout.flush();
            return;
        }
        if (args.length == 1 && args[0].equals("terms")) {
            Class<?> textQuery = Class.forName("se.digitalimpactnorth.common.TextQuery", true, loader);
            Method prefixQuery = textQuery.getMethod("prefixQuery", String.class);
            Method words = textQuery.getMethod("words", String.class);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            StringBuilder out = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                String term = line.strip();
                if (term.isEmpty() || term.startsWith("#")) {
                    continue;
                }
                String tsq = (String) prefixQuery.invoke(null, term);
                if (tsq == null) {
                    throw new IllegalArgumentException("no words in the query '" + term + "'");
                }
                @SuppressWarnings("unchecked")
                String raw = String.join(" ", (List<String>) words.invoke(null, term));
                if ((term + tsq + raw).matches("(?s).*[\\t\\n\\r\\\\].*")) {
                    throw new IllegalArgumentException("tab or backslash in the query '" + term + "'");
                }
                out.append(term).append('\t').append(tsq).append('\t').append(raw).append('\n');
            }
            stdout.print(out);
            stdout.flush();
            return;
        }
        System.err.println("usage: java -cp 'APP/app/*' SearchQuery.java sql|terms");
        System.exit(2);
    }
}
