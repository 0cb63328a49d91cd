package se.digitalimpactnorth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    @Test
    @DisplayName("words of three letters or more are prefixes; shorter ones match whole words; operators are only separators")
    void prefixQuery() {
        assertEquals("testbäddar:* & i & umeå:*", TextQuery.prefixQuery("Testbäddar i Umeå"));
        assertEquals("ai", TextQuery.prefixQuery("AI"));
        assertEquals("or & 1 & 1", TextQuery.prefixQuery("' OR 1=1--"));
        assertEquals("a & b & c", TextQuery.prefixQuery("a & b:* | !c"), "tsquery syntax never passes through");
        assertNull(TextQuery.prefixQuery("%"));
        assertNull(TextQuery.prefixQuery("_"));
    }
}
