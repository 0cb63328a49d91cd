package se.digitalimpactnorth.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A JSON feed's bytes do not depend on the order in which a renderer put its map entries: Map.of's
 * order changes from one JVM to the next, and two API processes must serve the same bytes and ETag.
 */
class FeedJsonBytesTest {

    private static Map<String, Object> inOrder(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    @DisplayName("maps with the same entries in another order give the same bytes, their keys sorted, at every depth")
    void map_order_does_not_change_the_bytes() {
        ObjectMapper json = new ObjectMapper();
        Object one = inOrder("@context", "https://schema.org", "itemListElement",
                List.of(inOrder("@type", "ListItem", "position", 1, "item", inOrder("name", "AI-frukost", "@type", "Event"))));
        Object other = inOrder("itemListElement",
                List.of(inOrder("position", 1, "item", inOrder("@type", "Event", "name", "AI-frukost"), "@type", "ListItem")),
                "@context", "https://schema.org");

        byte[] a = FeedRenderers.bytes(json, one);
        assertArrayEquals(a, FeedRenderers.bytes(json, other));
        assertEquals("{\"@context\":\"https://schema.org\",\"itemListElement\":[{\"@type\":\"ListItem\","
                + "\"item\":{\"@type\":\"Event\",\"name\":\"AI-frukost\"},\"position\":1}]}", new String(a, StandardCharsets.UTF_8));
    }
}
