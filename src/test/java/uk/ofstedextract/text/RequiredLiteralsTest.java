package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.nlp.Codebook;

class RequiredLiteralsTest {
    private static String literals(String regex) {
        return literals(regex, 0);
    }

    private static String literals(String regex, int flags) {
        return RequiredLiterals.of(Pattern.compile(regex, flags)).map(RequiredLiterals::toString).orElse(null);
    }

    @Test
    void findsEveryRequiredRunAndGroupLongestFirst() {
        assertEquals("\"contacts\"", literals("\\bcontacts\\b"));
        assertEquals("\"strength\"", literals("(key )?strengths?"));
        assertEquals("all[\" in need\", \"child\"]", literals("\\bchild(?:ren)? in need\\b(?!\\s+of\\b)"));
        assertEquals("\"send\"", literals("(?-i:\\bSEND\\b)"));
        assertEquals("all[\" missing\", any[\"go\", \"goes\", \"went\", \"been\"]]",
                literals("\\b(?:go|goes|went|been) missing\\b(?!\\s+out\\b)"));
        assertEquals("all[\"s.\", \"47\"]", literals("\\bs\\.\\s?47\\b"));
        assertEquals("all[\" not yet good because\", any[\"is\", \"are\"]]",
                literals(".{0,160}\\b(is|are) not yet good because"));
        assertEquals("any[\"overall effectiveness\", \"overall judgement\"]",
                literals("overall effectiveness( of (services|the services).*)?|(the )?overall judgement"));
        // a repeated character is itself required once, and ends the run
        assertEquals("all[\"ab\", \"c\"]", literals("x?ab+c"));
        assertEquals("\"abc\"", literals("(?i)abc"));
    }

    @Test
    void givesNoConditionWhereItCannotBeSure() {
        assertEquals(null, literals("abc|.*"), "a branch without a literal");
        assertEquals(null, literals("[abc]+"));
        assertEquals(null, literals("(?x) a b c"), "comments mode");
        assertEquals(null, literals("abc", Pattern.COMMENTS));
        assertEquals(null, literals("abc", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertEquals(null, literals("(?iu)abc"));
        assertEquals(null, literals("\\Qa.b\\E"));
        assertEquals(null, literals("(?=abc)"), "look-ahead only: zero width");
        assertEquals(null, literals("(abc)?"));
    }

    @Test
    void classesEscapesAndNamedGroupsAreSkippedCorrectly() {
        assertEquals("\"end\"", literals("[a\\]b[c-d]]x?end"));
        assertEquals("all[\"yz\", \"q\"]", literals("\\p{L}+\\x{41}\\u0042(?<n>q)\\k<n>?yz"));
        assertEquals("\"a.b\"", literals("a\\.b"));
    }

    @Test
    void mayMatchIsFalseOnlyWithoutTheLiterals() {
        RequiredLiterals r = RequiredLiterals.of(Pattern.compile("\\bcontacts\\b", Pattern.CASE_INSENSITIVE))
                .orElseThrow();
        assertTrue(r.mayMatch(RequiredLiterals.lower("Many CONTACTS were")));
        assertFalse(r.mayMatch(RequiredLiterals.lower("Many contact records")));
    }

    /** Property: whenever a pattern finds a match, the condition holds. Random patterns and texts, fixed seed. */
    @Test
    void neverRulesOutATextThePatternMatches() {
        Random random = new Random(20261125);
        int checked = 0;
        int matched = 0;
        for (int n = 0; n < 4000; n++) {
            String regex = randomRegex(random, 0);
            int flags = random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0;
            Pattern p;
            try {
                p = Pattern.compile(regex, flags);
            } catch (RuntimeException e) {
                continue;
            }
            Optional<RequiredLiterals> r = RequiredLiterals.of(p);
            if (r.isEmpty()) {
                continue;
            }
            checked++;
            for (int t = 0; t < 40; t++) {
                String text = randomText(random);
                if (p.matcher(text).find()) {
                    matched++;
                    if (!r.get().mayMatch(RequiredLiterals.lower(text))) {
                        fail("/" + regex + "/ matches \"" + text + "\" but " + r.get() + " ruled it out");
                    }
                }
            }
        }
        assertTrue(checked > 1000 && matched > 1000, checked + " patterns, " + matched + " matches");
    }

    /**
     * Property: told which literals a text holds by one {@link LiteralSet} scan (as the theme tagger asks many
     * patterns at once), the condition gives the same answer as on the text. Random patterns and texts, fixed seed.
     */
    @Test
    void givesTheSameAnswerFromALiteralSetScan() {
        Random random = new Random(20261201);
        List<RequiredLiterals> conditions = new java.util.ArrayList<>();
        List<String> literals = new java.util.ArrayList<>();
        while (conditions.size() < 300) {
            Pattern p;
            try {
                p = Pattern.compile(randomRegex(random, 0), random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0);
            } catch (RuntimeException e) {
                continue;
            }
            RequiredLiterals.of(p).ifPresent(r -> {
                conditions.add(r);
                literals.addAll(r.literals());
            });
        }
        LiteralSet set = LiteralSet.of(literals);
        List<RequiredLiterals> bound = conditions.stream().map(r -> r.bound(set)).toList();
        int held = 0;
        for (int t = 0; t < 400; t++) {
            String lowered = RequiredLiterals.lower(randomText(random));
            LiteralSet.Found found = set.scan(lowered);
            for (int k = 0; k < conditions.size(); k++) {
                RequiredLiterals r = conditions.get(k);
                boolean answer = r.mayMatch(lowered);
                held += answer ? 1 : 0;
                if (answer != r.mayMatch(found)) {
                    fail(r + " on \"" + lowered + "\": " + answer + " from the text, not from the scan " + found);
                }
                // bound to the set (literals asked by number, as the theme tagger asks them): the same answers
                if (answer != bound.get(k).mayMatch(found) || answer != bound.get(k).mayMatch(lowered)) {
                    fail(r + " bound, on \"" + lowered + "\": not " + answer + " as unbound");
                }
            }
        }
        assertTrue(held > 1000 && held < 400 * 300 - 1000, held + " of " + 400 * 300 + " held");
    }

    private static final String ALPHABET = "abAB .-";

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(12);
        for (int k = 0; k < len; k++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String randomRegex(Random random, int depth) {
        StringBuilder sb = new StringBuilder();
        int items = 1 + random.nextInt(4);
        for (int k = 0; k < items; k++) {
            int kind = random.nextInt(depth < 2 ? 12 : 9);
            switch (kind) {
                case 0, 1, 2, 3 -> sb.append("abAB ".charAt(random.nextInt(5)));
                case 4 -> sb.append(random.nextBoolean() ? "\\." : "\\-");
                case 5 -> sb.append(random.nextBoolean() ? "\\b" : "\\s");
                case 6 -> sb.append(random.nextBoolean() ? "[ab]" : ".");
                case 7 -> sb.append(random.nextBoolean() ? "^" : "$");
                case 8 -> sb.append("a");
                case 9 -> sb.append("(").append(randomRegex(random, depth + 1)).append(")");
                case 10 -> sb.append("(?:").append(randomRegex(random, depth + 1)).append("|")
                        .append(randomRegex(random, depth + 1)).append(")");
                default -> sb.append(random.nextBoolean() ? "(?!" : "(?i:").append(randomRegex(random, depth + 1))
                        .append(")");
            }
            if (kind != 5 && kind != 7 && random.nextInt(3) == 0) {
                sb.append(List.of("?", "*", "+", "{2}", "{0,2}", "+?").get(random.nextInt(6)));
            }
        }
        if (random.nextInt(5) == 0) {
            sb.append("|").append(randomRegex(random, depth + 1));
        }
        return sb.toString();
    }

    @Test
    void theDefaultCodebooksPatternsAllHaveACondition() {
        for (Codebook.Theme t : Codebook.standard().themes()) {
            for (String p : t.patterns()) {
                assertTrue(RequiredLiterals.of(Pattern.compile(p, Pattern.CASE_INSENSITIVE)).isPresent(),
                        t.key() + ": " + p);
            }
        }
    }
}
