package uk.ofstedextract.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.JsonTree;
import uk.ofstedextract.text.RequiredLiterals;

/**
 * The lexicon of Ofsted's heading wordings (resource {@code layout/headings.json}): maps a heading's
 * text to the role of its section, the category of its findings and its judgement key.
 */
public final class Headings {
    private static final String RESOURCE = "/layout/headings.json";
    private static volatile Headings standard;

    /**
     * A grade stated at the end of a heading: ": good", " is inadequate", " are: good" (a verb before the
     * colon, "The experiences and progress of children in care and care leavers are: good"),
     * " requires improvement to be good".
     */
    static final Pattern TRAILING_GRADE = Pattern.compile(
            "(?:\\s+(?:is|are|was|were)\\s*[:\\-]\\s*|\\s*[:\\-]\\s*|\\s+(?:is|are|was|were)\\s+(?:judged\\s+to\\s+be\\s+|that\\s+it\\s+(?:is\\s+)?)?|\\s+)"
                    + "(" + GradeScale.words("\\s+") + ")\\.?$");

    /** Longer texts are paragraphs (the longest lexicon intros, "... is not yet good because:", are shorter). */
    static final int MAX_HEADING_CHARS = 260;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}(\\.\\d)?\\.?|[a-z]\\))\\s+");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("(?<=[a-z?.)])[\\d*†]+$");
    private static final String TRAILING_PUNCTUATION = "?:.,";

    private record Entry(Pattern pattern, RequiredLiterals required, SectionRole role, String category,
                         String judgement, boolean standalone, boolean opening, boolean statement) {
        boolean matches(String folded) {
            return (required == null || required.mayMatch(folded)) && pattern.matcher(folded).matches();
        }
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
            return of(JsonTree.read(in).get("entries"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A lexicon from an array of entries ({@code pattern}, {@code role}, optional {@code category}, {@code judgement}). */
    static Headings of(JsonNode array) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : array) {
            if ("none".equals(text(e, "judgement"))) {
                // the old way of saying "a heading of the whole report": one mechanism, standalone, says it now
                throw new IllegalArgumentException("heading " + e.get("pattern") + ": \"judgement\": \"none\" is not a "
                        + "judgement key; write \"standalone\": true for a heading whose section belongs to no judgement");
            }
            Pattern pattern = Pattern.compile(e.get("pattern").asText());
            entries.add(new Entry(pattern, RequiredLiterals.of(pattern).orElse(null),
                    SectionRole.valueOf(e.get("role").asText().toUpperCase(Locale.ROOT)),
                    text(e, "category"), text(e, "judgement"), e.path("standalone").asBoolean(false),
                    e.path("opening").asBoolean(false), e.path("statement").asBoolean(false)));
        }
        return new Headings(entries);
    }

    /** This lexicon's entries first, then {@code shared}'s: a family's own wordings win. */
    public Headings then(Headings shared) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(shared.entries);
        return new Headings(all);
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * A match of a heading text against the lexicon; {@code standalone}: the entry's section is outside
     * any judgement's part of the report (lexicon field {@code standalone}); {@code opening}: a letter's title,
     * whose opening paragraphs are no findings, after which a heading by layout alone opens the letter's body
     * (lexicon field {@code opening}); {@code statement}: the heading is a whole paragraph of one or two sentences, a
     * letter's outcome that stands where a heading would (lexicon field {@code statement}: "Based on the evidence
     * gathered during this short inspection, … the school's next inspection will be a section 5 inspection.").
     */
    public record Match(SectionRole role, String category, String judgement, String statedGrade, boolean standalone,
                        boolean opening, boolean statement) {
        /**
         * Whether this is an evaluation area's bare label: a judgement's heading with no grade stated in it
         * (safeguarding's box is no area). The grade grid's label cells, the label column's labels and the labels
         * a grade cell is sought beside are all such labels.
         */
        public boolean bareArea() {
            return role == SectionRole.JUDGEMENT && judgement != null && statedGrade == null
                    && !"safeguarding".equals(judgement);
        }
    }

    /** Matches a heading's text (lines already joined with spaces). */
    public Optional<Match> match(String headingText) {
        if (headingText.length() > MAX_HEADING_CHARS) {
            return Optional.empty(); // body text, not a heading
        }
        String s = Fold.spaces(Fold.forMatching(headingText));
        Matcher number = LEADING_NUMBER.matcher(s);
        if (number.lookingAt()) {
            s = s.substring(number.end());
        }
        if (endsWithAny(s, "0123456789*\u2020")) {
            s = FOOTNOTE_MARKER.matcher(s).replaceFirst("");
        }
        s = withoutTrailingPunctuation(s);
        String grade = null;
        if (mayEndWithGrade(s)) {
            Matcher g = TRAILING_GRADE.matcher(s);
            if (g.find() && g.start() > 0) {
                grade = g.group(1);
                s = withoutTrailingPunctuation(s.substring(0, g.start()));
            }
        }
        for (Entry e : entries) {
            if (e.matches(s)) {
                return Optional.of(new Match(e.role, e.category, e.judgement, grade, e.standalone, e.opening,
                        e.statement));
            }
        }
        return Optional.empty();
    }

    private static boolean endsWithAny(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /** Every grade {@link #TRAILING_GRADE} reads ends in one of these words (a full stop aside). */
    private static boolean mayEndWithGrade(String s) {
        return GradeScale.mayEndWithGradeWord(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
    }
}
