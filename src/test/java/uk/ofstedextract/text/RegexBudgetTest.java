package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Matching under a step budget: backtracking patterns stop, well-behaved ones match as java.util.regex does. */
class RegexBudgetTest {
    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    @Test
    void backtrackingPatternsAreFoundOnTestTexts() {
        // Java memoises some simple cases, such as (a+)+$ and (a|aa)+b; bounded and lazy repetition it does not
        for (String bad : List.of("(\\w+\\s?){2,}?\\bx", "(a|aa){1,100}b", "(\\w+\\s?){1,60}x", "(\\w+,?){2,}?\\bz",
                "(?:\\d+\\.?){3,40}#")) {
            Optional<String> why = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> RegexBudget.backtracks(p(bad)));
            assertTrue(why.isPresent(), bad + " passed");
            assertTrue(why.get().contains("steps on a test text"), why.get());
        }
    }

    @Test
    void ordinaryPatternsPass() {
        for (String good : List.of("\\bcontacts\\b", "\\bchild(?:ren)? in need\\b(?!\\s+of\\b)", "\\bs\\.\\s?47\\b",
                "(?-i:\\bSEND\\b)", "areas? for (development|improvement)", "\\b(?:go|goes|gone|went) missing\\b",
                "\\w+ing\\b", "[a-z]+(?: [a-z]+){0,3} plans?", ".*plan")) {
            assertEquals(Optional.empty(), RegexBudget.backtracks(p(good)), good);
        }
    }

    @Test
    void matcherFindsWhatJavaFindsWithinTheBudget() {
        String text = "Children in need of help; children in need are seen. S.47 enquiries and s. 47 visits.";
        for (String regex : List.of("\\bchild(?:ren)? in need\\b(?!\\s+of\\b)", "\\bs\\.\\s?47\\b")) {
            Matcher plain = p(regex).matcher(text);
            Matcher budgeted = RegexBudget.matcher(p(regex), text);
            while (plain.find()) {
                assertTrue(budgeted.find());
                assertEquals(plain.start(), budgeted.start());
                assertEquals(plain.end(), budgeted.end());
            }
            assertTrue(!budgeted.find());
        }
    }

    @Test
    void theBudgetStopsABacktrackingMatchAndGrowsWithTheText() {
        // "zq" is in none of the test texts, so this pattern passes them, but backtracks on this text
        Pattern sneaky = p("zq(\\w+\\s?){2,}?\\bx");
        assertEquals(Optional.empty(), RegexBudget.backtracks(sneaky));
        String text = "zq" + "abcde ".repeat(12);
        RegexBudget.Exceeded e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(RegexBudget.Exceeded.class, () -> RegexBudget.matcher(sneaky, text).find()));
        assertEquals(RegexBudget.stepsFor(text.length()) + 1, e.steps());
        // a linear pattern over a long text stays within its (longer) budget
        String longText = "plans are reviewed ".repeat(50_000) + "zq";
        Matcher m = RegexBudget.matcher(p("\\bre\\w+ed\\b"), longText);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertEquals(50_000, n);
    }
}
