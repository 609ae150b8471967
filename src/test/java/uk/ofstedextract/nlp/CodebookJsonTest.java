package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A codebook read with the streaming parser: the records databind's bean reader built, and its messages for a
 * malformed one (each expected message below is what databind 2.22 printed for the same file, path and location
 * included), except where databind failed with an internal error.
 */
class CodebookJsonTest {
    private static final String THEME = "{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\",\"terms\":[\"t\"]}";

    private static String message(String json) {
        return assertThrows(Codebook.InvalidCodebookException.class,
                () -> Codebook.parse(json.getBytes(StandardCharsets.UTF_8), "b.json")).getMessage();
    }

    private static Codebook book(String json) throws Exception {
        return Codebook.parse(json.getBytes(StandardCharsets.UTF_8), "b.json");
    }

    @Test
    void readsEveryFieldScalarsAsTheirTextAndNullAsNoValue() throws Exception {
        Codebook c = book("{\"id\":\"x\",\"version\":2,\"title\":\"T\",\"description\":null,\"licence\":\"OGL\",\"themes\":["
                + "{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\",\"include\":12.5,\"exclude\":true,\"examples\":[1],"
                + "\"terms\":[\"conduct\",\"plan\"],\"noPlural\":[\"conduct\"],\"notWithin\":[\"the plan\"],\"notNear\":[\"n\"],"
                + "\"manner\":[\"plan\"],\"notSubject\":[\"s\"],\"notPurpose\":[\"p\"],\"patterns\":[\"\\\\bx\\\\b\"],"
                + "\"judgements\":null}]}");
        assertEquals(new Codebook("x", "2", "T", null, "OGL", List.of(new Codebook.Theme("a", "A", "d", "12.5", "true",
                List.of("1"), List.of("conduct", "plan"), List.of("conduct"), List.of("the plan"), List.of("n"),
                List.of("plan"), List.of("s"), List.of("p"), List.of("\\bx\\b"), List.of()))), c);
        assertEquals("y", book("{\"id\":\"x\",\"version\":\"1\",\"id\":\"y\",\"themes\":[" + THEME + "]} junk").id(),
                "a repeated field keeps its last value; what follows the object is not read");
    }

    @Test
    void malformedCodebooksGetDatabindsMessages() {
        assertEquals("b.json: line 2, column 81: field 'themes[0].colour': Unrecognized field \"colour\"", message(
                "{\"id\":\"x\",\"version\":\"1\",\n\"themes\":[{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\","
                        + "\"colour\":\"red\",\"terms\":[\"t\"]}]}"));
        assertEquals("b.json: line 2, column 33: field 'themes[0].description': Missing required creator property "
                + "'description'", message("{\"id\":\"x\",\"version\":\"1\",\n\"themes\":[{\"key\":\"a\",\"label\":\"A\"}]}"));
        assertEquals("b.json: line 1, column 82: field 'id': Missing required creator property 'id'",
                message("{\"version\":\"1\",\"themes\":[" + THEME + "]}"));
        assertEquals("b.json: line 1, column 54: field 'themes[0].label': Cannot deserialize value of type "
                + "`java.lang.String` from Array value", message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\","
                + "\"label\":[\"A\"],\"description\":\"d\",\"terms\":[\"t\"]}]}"));
        assertEquals("b.json: line 1, column 89: field 'themes[0].terms[1]': Cannot deserialize value of type "
                + "`java.lang.String` from Object value", message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\","
                + "\"label\":\"A\",\"description\":\"d\",\"terms\":[\"t\",{\"a\":1}]}]}"));
        assertEquals("b.json: line 1, column 84: field 'themes[0].terms': Cannot construct instance of "
                + "`java.util.ArrayList`", message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\",\"label\":\"A\","
                + "\"description\":\"d\",\"terms\":\"t\"}]}"));
        assertEquals("b.json: line 1, column 34: field 'themes': Cannot deserialize value of type "
                + "`java.util.ArrayList<uk.ofstedextract.nlp.Codebook$Theme>` from Object value",
                message("{\"id\":\"x\",\"version\":\"1\",\"themes\":{\"key\":\"a\"}}"));
        assertEquals("b.json: line 1, column 35: field 'themes[0]': Cannot construct instance of "
                + "`uk.ofstedextract.nlp.Codebook$Theme`", message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[3]}"));
        assertEquals("b.json: line 1, column 1: field '': Cannot deserialize value of type "
                + "`uk.ofstedextract.nlp.Codebook` from Array value", message("[{\"id\":\"x\"}]"));
        assertEquals("b.json: line 1, column 2: not valid JSON: Unexpected character ('o' (code 111)): was expecting "
                + "double-quote to start field name", message("{oops"));
    }

    @Test
    void nullsDatabindFailedOnInternallyNameTheirField() {
        assertEquals("b.json: line 1, column 89: field 'themes[0].terms[1]': a list of text has no null entries",
                message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\","
                        + "\"terms\":[\"t\",null]}]}"));
        assertEquals("b.json: line 1, column 35: field 'themes[0]': a theme is an object, not null",
                message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[null]}"));
        assertEquals("b.json: line 1, column 1: field '': a codebook is an object, not null", message("null"));
        assertEquals("b.json: line 1, column 90: field 'themes[0].key': a theme's key is text, not null",
                message("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":null,\"label\":\"A\",\"description\":\"d\","
                        + "\"terms\":[\"t\"]}]}"));
    }
}
