package se.digitalimpactnorth.changes;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A consumer of GET /api/v1/changes as an integrator writes one: follow nextCursor, keep it. */
final class ChangeFeedReader {
    String cursor;

    /** A reader positioned after every change recorded so far. */
    static ChangeFeedReader atEnd() {
        ChangeFeedReader reader = new ChangeFeedReader();
        reader.poll();
        return reader;
    }

    /** Reads every page there is now; returns the items in feed order and moves the cursor on. */
    List<Map<String, Object>> poll() {
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            var request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return all;
            }
        }
    }

    /** Only the items about these ids. */
    static List<Map<String, Object>> about(List<Map<String, Object>> items, Set<UUID> ids) {
        return items.stream().filter(i -> ids.contains(UUID.fromString((String) i.get("id")))).toList();
    }

    /** An item as "type change id version reason", for assertions that read as the feed does. */
    static String line(Map<String, Object> item) {
        return item.get("type") + " " + item.get("change") + " " + item.get("id") + " v" + item.get("version")
                + (item.get("reason") == null ? "" : " " + item.get("reason"));
    }
}
