package org.hocvu.lms.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Stored framework documents hold texts as {"vi": ..., "en": ...}; they read back unchanged as the map Text became. */
class TextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTextStoredByTheTwoLanguageRecordReadsBackAndWritesTheSame() throws Exception {
        String stored = "{\"vi\":\"a\",\"en\":\"b\"}";
        Text text = JSON.readValue(stored, Text.class);
        assertEquals("a", text.in(Locale.forLanguageTag("vi")));
        assertEquals("b", text.in(Locale.ENGLISH));
        assertEquals("a", text.in(Locale.forLanguageTag("km")), "a language the text lacks reads Vietnamese");
        assertEquals(stored, JSON.writeValueAsString(text));
    }

    @Test
    void aOneLanguageTextStoredWithANullReadsBack() throws Exception {
        Text english = JSON.readValue("{\"vi\":null,\"en\":\"b\"}", Text.class);
        assertNull(english.get("vi"));
        assertEquals("b", english.in(Locale.forLanguageTag("vi")), "an imported English-only text is shown as it is");
        assertEquals("{\"en\":\"b\"}", JSON.writeValueAsString(english));
    }

    @Test
    void vietnameseComesFirstWhateverOrderTheLanguagesWereWrittenIn() throws Exception {
        Text text = new Text(Map.of("km", "c", "en", "b", "vi", "a"));
        assertEquals("{\"vi\":\"a\",\"en\":\"b\",\"km\":\"c\"}", JSON.writeValueAsString(text));
        assertEquals(text, JSON.readValue(JSON.writeValueAsString(text), Text.class));
    }

    @Test
    void aFrameworkDocumentOfTheTwoLanguageFormReadsBack() throws Exception {
        String level = "{\"code\":\"CB\",\"step\":1,\"name\":{\"vi\":\"Cơ bản\",\"en\":\"Basic\"},\"note\":null}";
        Framework.Level read = JSON.readValue(level, Framework.Level.class);
        assertEquals("Basic", read.name().in(Locale.ENGLISH));
        assertEquals(level, JSON.writeValueAsString(read));
    }
}
