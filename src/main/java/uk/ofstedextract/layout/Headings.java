package uk.ofstedextract.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;

/**
 * The lexicon of Ofsted's heading wordings (resource {@code layout/headings.json}): maps a heading's
 * text to the role of its section, the category of its findings and its judgement key.
 */
public final class Headings {
    private static final String RESOURCE = "/layout/headings.json";
    private static volatile Headings standard;

    /** A grade stated at the end of a heading: ": good", " is inadequate", " requires improvement to be good". */
    static final Pattern TRAILING_GRADE = Pattern.compile(
            "(?:\\s*[:\\-]\\s*|\\s+(?:is|are|was|were)\\s+(?:judged\\s+to\\s+be\\s+|that\\s+it\\s+(?:is\\s+)?)?|\\s+)"
                    + "(outstanding|good|adequate|inadequate|requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?)\\.?$");

    /** Longer texts are paragraphs (the longest lexicon intros, "... is not yet good because:", are shorter). */
    static final int MAX_HEADING_CHARS = 260;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}(\\.\\d)?\\.?|[a-z]\\))\\s+");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("(?<=[a-z?.)])[\\d*†]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?:.,]+$");

    private record Entry(Pattern pattern, SectionRole role, String category, String judgement) {
    }

    private final List<Entry> entries;

    private Headings(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Headings standard() {
        Headings h = standard;
        if (h == null) {
            synchronized (Headings.class) {
                if (standard == null) {
                    standard = read();
                }
                h = standard;
            }
        }
        return h;
    }

    private static Headings read() {
        try (InputStream in = Headings.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : root.get("entries")) {
                entries.add(new Entry(Pattern.compile(e.get("pattern").asText()),
                        SectionRole.valueOf(e.get("role").asText().toUpperCase(Locale.ROOT)),
                        text(e, "category"), text(e, "judgement")));
            }
            return new Headings(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A match of a heading text against the lexicon. */
    public record Match(SectionRole role, String category, String judgement, String statedGrade) {
    }

    /** Matches a heading's text (lines already joined with spaces). */
    public Optional<Match> match(String headingText) {
        if (headingText.length() > MAX_HEADING_CHARS) {
            return Optional.empty(); // body text, not a heading
        }
        String s = Fold.spaces(Fold.forMatching(headingText));
        s = LEADING_NUMBER.matcher(s).replaceFirst("");
        s = TRAILING_PUNCTUATION.matcher(FOOTNOTE_MARKER.matcher(s).replaceFirst("")).replaceFirst("").strip();
        String grade = null;
        Matcher g = TRAILING_GRADE.matcher(s);
        if (g.find() && g.start() > 0) {
            grade = g.group(1);
            s = TRAILING_PUNCTUATION.matcher(s.substring(0, g.start())).replaceFirst("").strip();
        }
        for (Entry e : entries) {
            if (e.pattern.matcher(s).matches()) {
                return Optional.of(new Match(e.role, e.category, e.judgement, grade));
            }
        }
        return Optional.empty();
    }
}
