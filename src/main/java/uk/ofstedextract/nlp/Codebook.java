package uk.ofstedextract.nlp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import uk.ofstedextract.text.RegexBudget;

/**
 * A theme codebook: a versioned list of themes, each with a key, a label, a description, and the
 * terms (lower-case phrases, matched on word boundaries, plurals folded) and regular expressions
 * that signal it, the phrases inside which its terms do not count ({@code notWithin}: "health
 * assessment" for assessment; a {@code *} in a phrase stands for any one word) and the words near
 * which they do not count ({@code notNear}: a timeliness word next to "improvement" judges an organisation's
 * pace, not the timing of help for a child), and the
 * {@code manner} terms that judge how the clause's subject acts, which do not count when that subject is
 * one of {@code notSubject} ("senior leaders acted swiftly") or the action's purpose one of
 * {@code notPurpose} ("took swift action to improve the service"), and the {@code judgements}: keys of the report
 * sections (a finding's {@code judgement}) whose findings are about the theme whatever their words (a report card's
 * early years section is early years). Two ship with the tool ({@link #shipped}): the
 * default, {@code codebook/children-services-2026.17.json}, and {@code codebook/schools-2026.16.json}, which the
 * school-sector report profiles name; researchers can replace either with their own file of the same shape.
 */
@JsonPropertyOrder({"id", "version", "title", "description", "licence", "themes"})
public record Codebook(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
                       String title, String description, String licence,
                       @JsonProperty(required = true) List<Theme> themes) {
    public static final String DEFAULT_RESOURCE = "/codebook/children-services-2026.17.json";
    /** The id of the default codebook, used by report families whose profile names none. */
    public static final String DEFAULT_ID = "children-services";
    /** The codebook for school-sector reports. */
    public static final String SCHOOLS_RESOURCE = "/codebook/schools-2026.16.json";
    /** The shipped codebooks' resources by id, the default first. */
    private static final Map<String, String> SHIPPED = new LinkedHashMap<>();
    /** Shipped codebooks read so far: each is read once per process, on first use. */
    private static final Map<String, Codebook> LOADED = new ConcurrentHashMap<>();

    static {
        SHIPPED.put(DEFAULT_ID, DEFAULT_RESOURCE);
        SHIPPED.put("schools", SCHOOLS_RESOURCE);
    }

    /**
     * In a {@code notWithin} phrase, a slot for any one word ("in * classroom": "in the classroom", "in their
     * classrooms").
     */
    public static final String ANY_WORD = "*";

    /** How patterns are compiled: matched case-insensitively on the text as written. */
    public static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE;

    /**
     * One theme: its definition ({@code description}), what it includes and excludes, short examples of
     * text that counts or does not (as a qualitative codebook gives them; optional in a user's codebook),
     * and the terms and patterns the tagger looks for. A term listed in {@code noPlural} matches only as written: its
     * last word is not plural-folded, because its -s form is a verb in another sense ("conduct" is behaviour, "the
     * proprietor conducts checks" is not).
     */
    @JsonPropertyOrder({"key", "label", "description", "include", "exclude", "examples", "terms", "noPlural",
        "notWithin", "notNear", "manner", "notSubject", "notPurpose", "patterns", "judgements"})
    public record Theme(@JsonProperty(required = true) String key, @JsonProperty(required = true) String label,
                        @JsonProperty(required = true) String description, String include, String exclude,
                        List<String> examples, List<String> terms,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> noPlural,
                        List<String> notWithin, List<String> notNear,
                        List<String> manner, List<String> notSubject, List<String> notPurpose,
                        List<String> patterns,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> judgements) {
        public Theme {
            judgements = judgements == null ? List.of() : List.copyOf(judgements);
            examples = examples == null ? List.of() : List.copyOf(examples);
            notWithin = notWithin == null ? List.of() : List.copyOf(notWithin);
            notNear = notNear == null ? List.of() : List.copyOf(notNear);
            manner = manner == null ? List.of() : List.copyOf(manner);
            notSubject = notSubject == null ? List.of() : List.copyOf(notSubject);
            notPurpose = notPurpose == null ? List.of() : List.copyOf(notPurpose);
            terms = terms == null ? List.of() : List.copyOf(terms);
            noPlural = noPlural == null ? List.of() : List.copyOf(noPlural);
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
        }
    }

    public Codebook {
        themes = List.copyOf(themes);
    }

    /** The id the reports record: {@code id-version}, e.g. {@code children-services-2026.17}. */
    public String reference() {
        return id + "-" + version;
    }

    /** A codebook that cannot be used; the message names the line and the field. */
    public static final class InvalidCodebookException extends Exception {
        public InvalidCodebookException(String message) {
            super(message);
        }
    }

    /** The default codebook (children's services). */
    public static Codebook standard() {
        return shipped(DEFAULT_ID);
    }

    /** The ids of the codebooks that ship with the tool, the default first. */
    public static List<String> shippedIds() {
        return List.copyOf(SHIPPED.keySet());
    }

    /**
     * A codebook that ships with the tool, by id ({@code children-services}, {@code schools}); each is read once
     * per process, on first use.
     *
     * @throws IllegalArgumentException if no shipped codebook has that id
     */
    public static Codebook shipped(String id) {
        String resource = SHIPPED.get(id);
        if (resource == null) {
            throw new IllegalArgumentException("no codebook ships with the id '" + id + "' (shipped: "
                    + String.join(", ", SHIPPED.keySet()) + ")");
        }
        return LOADED.computeIfAbsent(id, k -> readResource(resource));
    }

    /** The resource a shipped codebook is read from ({@code null} for an id that ships none). */
    static String shippedResource(String id) {
        return SHIPPED.get(id);
    }

    private static Codebook readResource(String resource) {
        try (InputStream in = Codebook.class.getResourceAsStream(resource)) {
            return parse(in.readAllBytes(), resource, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidCodebookException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Codebook read(Path file) throws IOException, InvalidCodebookException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /**
     * Parses and checks a codebook: required fields, unique keys, at least one term or pattern, valid
     * regexes that do not backtrack catastrophically on short test texts ({@link RegexBudget#backtracks}).
     */
    public static Codebook parse(byte[] json, String name) throws InvalidCodebookException {
        return parse(json, name, true);
    }

    /**
     * {@code probe}: try each pattern on {@link RegexBudget}'s test texts. A shipped codebook is not probed when it
     * loads (that took a cold run tens of milliseconds); {@code CodebookBudgetTest} probes every shipped one instead.
     */
    private static Codebook parse(byte[] json, String name, boolean probe) throws InvalidCodebookException {
        Codebook c;
        try {
            c = CodebookJson.read(json);
        } catch (CodebookJson.Mismatch e) {
            throw new InvalidCodebookException(name + ":" + where(e.location) + " field '" + e.path + "': "
                    + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidCodebookException(name + ":" + where(e.getLocation()) + " not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidCodebookException(name + ": cannot read: " + e.getMessage());
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < c.themes().size(); i++) {
            Theme t = c.themes().get(i);
            String at = name + ": themes[" + i + "] (" + t.key() + ")";
            if (!t.key().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new InvalidCodebookException(at + " field 'key': use lower-case words joined by '-'");
            }
            if (!keys.add(t.key())) {
                throw new InvalidCodebookException(at + " field 'key': the key appears twice");
            }
            if (t.terms().isEmpty() && t.patterns().isEmpty()) {
                throw new InvalidCodebookException(at + " fields 'terms'/'patterns': a theme needs at least one");
            }
            for (String m : t.manner()) {
                if (!t.terms().contains(m)) {
                    throw new InvalidCodebookException(at + " field 'manner': '" + m + "' is not one of the theme's terms");
                }
            }
            for (String m : t.noPlural()) {
                if (!t.terms().contains(m)) {
                    throw new InvalidCodebookException(at + " field 'noPlural': '" + m
                            + "' is not one of the theme's terms");
                }
            }
            for (String w : t.notWithin()) {
                String trimmed = w.strip();
                if (trimmed.startsWith(ANY_WORD) || trimmed.endsWith(ANY_WORD)) {
                    throw new InvalidCodebookException(at + " field 'notWithin': '" + w + "' starts or ends with '"
                            + ANY_WORD + "' (any one word): a phrase needs a word at both ends");
                }
            }
            for (String p : t.patterns()) {
                Pattern compiled;
                try {
                    compiled = Pattern.compile(p, PATTERN_FLAGS);
                } catch (PatternSyntaxException e) {
                    throw new InvalidCodebookException(at + " field 'patterns': not a regular expression: " + p);
                }
                Optional<String> backtracking = probe ? RegexBudget.backtracks(compiled) : Optional.empty();
                if (backtracking.isPresent()) {
                    throw new InvalidCodebookException(at + " field 'patterns': the pattern " + p
                            + " backtracks catastrophically (" + backtracking.get() + "): rewrite it without "
                            + "nested or overlapping repetition such as (\\w+\\s?)+");
                }
            }
        }
        return c;
    }

    private static String where(JsonLocation l) {
        return l == null ? "" : " line " + l.getLineNr() + ", column " + l.getColumnNr() + ":";
    }
}
