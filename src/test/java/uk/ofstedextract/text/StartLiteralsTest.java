package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.nlp.Codebook;

class StartLiteralsTest {
    private static String starts(String regex) {
        return starts(regex, Pattern.CASE_INSENSITIVE);
    }

    private static String starts(String regex, int flags) {
        return StartLiterals.of(Pattern.compile(regex, flags)).map(StartLiterals::toString).orElse(null);
    }

    @Test
    void readsTheLiteralsAMatchStartsWith() {
        assertEquals("[contacts]", starts("\\bcontacts\\b"));
        assertEquals("[social, staff, workers]", starts("\\b(?:social\\s+)?(?:staff|workers)\\b(?<!the staff)"));
        assertEquals("[care leaver, child, young ]",
                starts("\\b(?:child|children|young (?:person|people)|care leavers?)\\b"), "children is found where child is");
        assertEquals("[ab, x]", starts("x?ab"));
        assertEquals("[ab]", starts("ab+c"));
        assertEquals("[evaluat]", starts("\\bevaluat(?<!too early to evaluat)(?:e|es)\\s+impact"));
        assertEquals("[send]", starts("(?-i:\\bSEND\\b)"), "lower case, as the lowered text has it");
        assertEquals("[s.]", starts("\\bs\\.\\s?47\\b"));
        assertEquals("[abc, de]", starts("(?i)(?:abc|de)f"));
        assertEquals("[key , strength]", starts("(key )?strengths?"));
    }

    @Test
    void givesNoneWhereItCannotBeSure() {
        assertEquals(null, starts("[abc]+d"), "a class first");
        assertEquals(null, starts(".{0,10}abc"));
        assertEquals(null, starts("\\w+ing"));
        assertEquals(null, starts("abc|\\d"), "one branch without");
        assertEquals(null, starts("(?:abc)?"), "may match nothing");
        assertEquals(null, starts("[a-z]?bc"), "an optional class");
        assertEquals(null, starts("(?=abc)"));
        assertEquals(null, starts("abc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertEquals(null, starts("(?x) a b"));
        assertEquals(null, starts("\\Qab\\E"));
    }

    /** The matches forEachMatch gives, as [start, end) pairs. */
    private static List<String> fast(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        StartLiterals s = StartLiterals.of(p).orElseThrow(() -> new AssertionError("no start literals: " + p));
        s.forEachMatch(p.matcher(text), RequiredLiterals.lower(text), (a, b) -> out.add(a + "-" + b));
        return out;
    }

    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void findsWhatFindFindsOnBoundariesLookBehindsAndOverlaps() {
        Pattern p = Pattern.compile("\\b(?:social\\s+)?(?:staff|workers)\\b(?<!the (?:staff|workers))", Pattern.CASE_INSENSITIVE);
        for (String t : List.of("Social staff and the staff; WORKERS, social workers", "overstaffed staff", "staff",
                "the staff", "socialstaff social  workers")) {
            assertEquals(find(p, t), fast(p, t), t);
        }
        // overlapping starts: find() resumes after a match's end, so "aXa" inside "aXaXa" is found once
        Pattern q = Pattern.compile("a(?:X|Y)a");
        assertEquals(List.of("0-3"), fast(q, "aXaXa"));
        assertEquals(find(q, "aXaXa aYa"), fast(q, "aXaXa aYa"));
        assertTrue(fast(q, "none here").isEmpty());
    }

    /** Every shipped codebook pattern with start literals finds, on gold findings of both codebooks, what find() finds. */
    @Test
    void everyShippedPatternMatchesAsFindDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String f : List.of("gold.jsonl", "themes4-fresh4.jsonl", "themes5-fresh5.jsonl")) {
            for (String line : Files.readAllLines(Path.of("gold/text-mining", f))) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        assertTrue(texts.size() > 250, "gold findings read: " + texts.size());
        // and the same texts cut at random places, so that matches meet the ends of the text
        Random r = new Random(13);
        for (int k = 0, n = texts.size(); k < n; k++) {
            String t = texts.get(k);
            int a = r.nextInt(t.length() + 1);
            texts.add(t.substring(a, a + r.nextInt(t.length() - a + 1)));
        }
        int withStarts = 0;
        int matched = 0;
        for (String id : Codebook.shippedIds()) {
            for (Codebook.Theme th : Codebook.shipped(id).themes()) {
                for (String regex : th.patterns()) {
                    Pattern p = Pattern.compile(regex, Codebook.PATTERN_FLAGS);
                    if (StartLiterals.of(p).isEmpty()) {
                        continue;
                    }
                    withStarts++;
                    for (String t : texts) {
                        List<String> expected = find(p, t);
                        matched += expected.size();
                        assertEquals(expected, fast(p, t), () -> regex + " on: " + t);
                    }
                }
            }
        }
        assertTrue(withStarts >= 20, "patterns with start literals: " + withStarts);
        assertTrue(matched > 100, "matches compared: " + matched);
    }
}
