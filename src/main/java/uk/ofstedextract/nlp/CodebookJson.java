package uk.ofstedextract.nlp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.ofstedextract.text.JsonTree;

/**
 * Reads a codebook's JSON into a {@link Codebook} with Jackson's streaming parser. Databind's bean reader did this
 * before; building it (an {@code ObjectMapper}, then a deserializer for each record by reflection) cost a cold run
 * about 100 ms of CPU for a few kilobytes of JSON (docs/startup.md). The shape and the messages are databind's: a
 * field the records do not have, a required one missing, or a value of the wrong shape is reported with its path
 * and the location databind gave; a scalar where text is expected is read as its text ({@code "version": 1} is
 * {@code "1"}); {@code null} for an optional field is no value; a repeated field keeps its last value; what follows
 * the codebook's object is not read. Where databind failed with an internal error (a {@code null} theme, term or
 * required field, a {@code null} document) the message names the field instead. Invalid JSON is the parser's
 * {@link com.fasterxml.jackson.core.JsonProcessingException}, as before.
 */
final class CodebookJson {
    private static final String CODEBOOK = "uk.ofstedextract.nlp.Codebook";
    private static final String THEME = "uk.ofstedextract.nlp.Codebook$Theme";
    private static final String LIST = "java.util.ArrayList";

    private CodebookJson() {
    }

    /** A value that does not fit the codebook's shape: the field's path, where the parser was, and what is wrong. */
    static final class Mismatch extends Exception {
        final String path;
        final transient JsonLocation location;

        Mismatch(String path, JsonLocation location, String message) {
            super(message, null, false, false);
            this.path = path;
            this.location = location;
        }
    }

    static Codebook read(byte[] json) throws IOException, Mismatch {
        try (JsonParser p = JsonTree.parser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new Mismatch("", p.currentTokenLocation(), "No content to map due to end-of-input");
            }
            return codebook(p, t);
        }
    }

    private static Codebook codebook(JsonParser p, JsonToken t) throws IOException, Mismatch {
        objectStart(p, t, "", CODEBOOK);
        String id = null;
        String version = null;
        String title = null;
        String description = null;
        String licence = null;
        List<Codebook.Theme> themes = null;
        Set<String> seen = new HashSet<>();
        String unknown = null;
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            seen.add(name);
            switch (name) {
                case "id" -> id = text(p, v, name);
                case "version" -> version = text(p, v, name);
                case "title" -> title = text(p, v, name);
                case "description" -> description = text(p, v, name);
                case "licence" -> licence = text(p, v, name);
                case "themes" -> themes = themes(p, v);
                default -> unknown = unknown(p, unknown, name);
            }
        }
        required(p, "", seen, "id", "version", "themes");
        if (themes == null) {
            throw new Mismatch("themes", p.currentTokenLocation(), "the themes are a list, not null");
        }
        unrecognized(p, "", unknown);
        return new Codebook(id, version, title, description, licence, themes);
    }

    private static List<Codebook.Theme> themes(JsonParser p, JsonToken t) throws IOException, Mismatch {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new Mismatch("themes", p.currentTokenLocation(), "Cannot deserialize value of type `" + LIST + "<"
                    + THEME + ">` from " + shape(t));
        }
        List<Codebook.Theme> themes = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            themes.add(theme(p, e, "themes[" + themes.size() + "]"));
        }
        return themes;
    }

    private static Codebook.Theme theme(JsonParser p, JsonToken t, String at) throws IOException, Mismatch {
        if (t == JsonToken.VALUE_NULL) {
            throw new Mismatch(at, p.currentTokenLocation(), "a theme is an object, not null");
        }
        objectStart(p, t, at, THEME);
        String key = null;
        String label = null;
        String description = null;
        String include = null;
        String exclude = null;
        List<String> examples = null;
        List<String> terms = null;
        List<String> noPlural = null;
        List<String> notWithin = null;
        List<String> notNear = null;
        List<String> manner = null;
        List<String> notSubject = null;
        List<String> notPurpose = null;
        List<String> patterns = null;
        List<String> judgements = null;
        Set<String> seen = new HashSet<>();
        String unknown = null;
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            seen.add(name);
            String path = at + "." + name;
            switch (name) {
                case "key" -> key = text(p, v, path);
                case "label" -> label = text(p, v, path);
                case "description" -> description = text(p, v, path);
                case "include" -> include = text(p, v, path);
                case "exclude" -> exclude = text(p, v, path);
                case "examples" -> examples = texts(p, v, path);
                case "terms" -> terms = texts(p, v, path);
                case "noPlural" -> noPlural = texts(p, v, path);
                case "notWithin" -> notWithin = texts(p, v, path);
                case "notNear" -> notNear = texts(p, v, path);
                case "manner" -> manner = texts(p, v, path);
                case "notSubject" -> notSubject = texts(p, v, path);
                case "notPurpose" -> notPurpose = texts(p, v, path);
                case "patterns" -> patterns = texts(p, v, path);
                case "judgements" -> judgements = texts(p, v, path);
                default -> unknown = unknown(p, unknown, name);
            }
        }
        required(p, at, seen, "key", "label", "description");
        if (key == null) {
            throw new Mismatch(at + ".key", p.currentTokenLocation(), "a theme's key is text, not null");
        }
        unrecognized(p, at, unknown);
        return new Codebook.Theme(key, label, description, include, exclude, examples, terms, noPlural, notWithin,
                notNear, manner, notSubject, notPurpose, patterns, judgements);
    }

    private static void objectStart(JsonParser p, JsonToken t, String at, String type) throws Mismatch {
        if (t == JsonToken.START_OBJECT) {
            return;
        }
        String message = t == JsonToken.START_ARRAY
                ? "Cannot deserialize value of type `" + type + "` from Array value"
                : t == JsonToken.VALUE_NULL ? "a codebook is an object, not null"
                : "Cannot construct instance of `" + type + "`";
        throw new Mismatch(at, p.currentTokenLocation(), message);
    }

    /** Text, or a scalar as its text; {@code null} for JSON's null. */
    private static String text(JsonParser p, JsonToken t, String path) throws IOException, Mismatch {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return p.getValueAsString();
        }
        throw new Mismatch(path, p.currentTokenLocation(), "Cannot deserialize value of type `java.lang.String` from "
                + shape(t));
    }

    private static List<String> texts(JsonParser p, JsonToken t, String path) throws IOException, Mismatch {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            throw new Mismatch(path, p.currentTokenLocation(), p.getText().isEmpty() ? "Cannot coerce empty String"
                    : "Cannot construct instance of `" + LIST + "`");
        }
        if (t != JsonToken.START_ARRAY) {
            throw new Mismatch(path, p.currentTokenLocation(), "Cannot deserialize value of type `" + LIST
                    + "<java.lang.String>` from " + shape(t));
        }
        List<String> values = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            String at = path + "[" + values.size() + "]";
            String v = text(p, e, at);
            if (v == null) {
                throw new Mismatch(at, p.currentTokenLocation(), "a list of text has no null entries");
            }
            values.add(v);
        }
        return values;
    }

    /**
     * Databind's order at an object's end: the first required field absent (JSON's null counts as given), reported at
     * the closing brace.
     */
    private static void required(JsonParser p, String at, Set<String> seen, String... names) throws Mismatch {
        for (String name : names) {
            if (!seen.contains(name)) {
                throw new Mismatch(at.isEmpty() ? name : at + "." + name, p.currentTokenLocation(),
                        "Missing required creator property '" + name + "'");
            }
        }
    }

    /** Skips the value of a field the records do not have; the first such field's name. */
    private static String unknown(JsonParser p, String first, String name) throws IOException {
        p.skipChildren();
        return first != null ? first : name;
    }

    /** Then the first field the records do not have, reported just past the closing brace, as databind did. */
    private static void unrecognized(JsonParser p, String at, String name) throws Mismatch {
        if (name != null) {
            throw new Mismatch(at.isEmpty() ? name : at + "." + name, p.currentLocation(),
                    "Unrecognized field \"" + name + "\"");
        }
    }

    /** How databind names the shape of a value it did not expect. */
    private static String shape(JsonToken t) {
        return switch (t) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "Object value";
            case START_ARRAY, END_ARRAY -> "Array value";
            case VALUE_TRUE, VALUE_FALSE -> "Boolean value";
            case VALUE_NUMBER_INT -> "Integer value";
            case VALUE_NUMBER_FLOAT -> "Floating-point value";
            case VALUE_STRING -> "String value";
            case VALUE_NULL -> "Null value";
            default -> "Embedded Object";
        };
    }
}
