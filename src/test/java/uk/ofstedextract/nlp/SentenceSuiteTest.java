package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hard sentence-boundary suite ({@link SentenceCases}): every case is its own assertion. A case
 * listed in {@code known-failures.txt} must still fail (a fixed case must be taken off the list); every
 * other case must pass. {@link #scores()} prints the figures for the tuning part and both test parts,
 * with the bare OpenNLP model beside them.
 */
class SentenceSuiteTest {
    private static final SentenceCases SUITE = SentenceCases.load();
    private static final SentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();
    private static final SentenceSplitter BARE = new OpenNlpSentenceSplitter(false);

    static Stream<SentenceCases.Case> cases() {
        return SUITE.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sentenceCase(SentenceCases.Case c) {
        List<String> got = SentenceCases.split(SPLITTER, c.text());
        if (SUITE.knownFailures().contains(c.id())) {
            assertNotEquals(c.sentences(), got, c.id() + " passes now: take it off known-failures.txt");
        } else {
            assertEquals(c.sentences(), got, c.id() + ": " + c.note());
        }
    }

    @Test
    void suiteFilesAgree() throws IOException {
        Set<String> ids = new HashSet<>();
        for (SentenceCases.Case c : SUITE.all()) {
            assertTrue(ids.add(c.id()), "case id used twice: " + c.id());
            assertTrue(!c.sentences().isEmpty(), c.id() + " expects no sentence");
            String text = SentenceCases.fold(c.text());
            for (String sentence : c.sentences()) {
                assertTrue(text.contains(sentence), c.id() + ": expected sentence not in its text: " + sentence);
            }
        }
        Map<String, String> split = SentenceCases.readSplit(SentenceCases.DIR.resolve("split.tsv"));
        assertEquals(ids, split.keySet(), "split.tsv lists exactly the cases");
        List<String> unknown = new ArrayList<>(SUITE.knownFailures());
        unknown.removeAll(ids);
        assertEquals(List.of(), unknown, "known-failures.txt names cases that do not exist");
    }

    @Test
    void scores() {
        List<Runnable> checks = new ArrayList<>();
        for (String part : SentenceCases.PARTS) {
            int n = 0;
            int ok = 0;
            int bareOk = 0;
            for (SentenceCases.Case c : SUITE.all()) {
                if (!c.part().equals(part)) {
                    continue;
                }
                n++;
                if (SentenceCases.split(SPLITTER, c.text()).equals(c.sentences())) {
                    ok++;
                }
                if (SentenceCases.split(BARE, c.text()).equals(c.sentences())) {
                    bareOk++;
                }
            }
            long known = SUITE.all().stream().filter(c -> c.part().equals(part))
                    .filter(c -> SUITE.knownFailures().contains(c.id())).count();
            System.out.printf("sentence suite, %s part: %d cases, %d right (%.1f%%) with the rules, %d (%.1f%%) "
                    + "with the bare model%n", part, n, ok, 100.0 * ok / n, bareOk, 100.0 * bareOk / n);
            if (SentenceCases.THIRDS.contains(part)) {
                for (boolean unread : new boolean[] {false, true}) {
                    printCount(part + (unread ? ", the unread third" : ", the two thirds read"),
                            c -> c.part().equals(part) && SentenceCases.unread(c) == unread);
                }
            }
            if (part.equals(SentenceCases.PARTS.get(0))) {
                // the clean part by class: the id's second word (README.md)
                SUITE.all().stream().filter(c -> c.part().equals(part)).map(c -> c.id().split("-")[1]).distinct()
                        .forEach(k -> printCount(part + ", class " + k,
                                c -> c.part().equals(part) && c.id().split("-")[1].equals(k)));
                // report text (class rep) against the rest, and the weak registers (README.md, test15)
                printCount(part + ", general text (all but rep)", c -> c.part().equals(part) && !c.id().split("-")[1].equals("rep"));
                printCount(part + ", report text (rep)", c -> c.part().equals(part) && c.id().split("-")[1].equals("rep"));
                printCount(part + ", weak registers (chat, law, pat, tr, ocr)", c -> c.part().equals(part)
                        && List.of("chat", "law", "pat", "tr", "ocr").contains(c.id().split("-")[1]));
            }
            int right = ok;
            int all = n;
            checks.add(() -> assertEquals(all - known, right, part + " part: all but the known failures are right"));
        }
        checks.forEach(Runnable::run);
    }

    /** Prints the counts of a set of cases, with the rules and with the bare model; never which cases failed. */
    private static void printCount(String what, java.util.function.Predicate<SentenceCases.Case> which) {
        int n = 0;
        int ok = 0;
        int bareOk = 0;
        for (SentenceCases.Case c : SUITE.all()) {
            if (which.test(c)) {
                n++;
                ok += SentenceCases.split(SPLITTER, c.text()).equals(c.sentences()) ? 1 : 0;
                bareOk += SentenceCases.split(BARE, c.text()).equals(c.sentences()) ? 1 : 0;
            }
        }
        System.out.printf("sentence suite, %s: %d cases, %d right (%.1f%%) with the rules, %d (%.1f%%) with the bare model%n",
                what, n, ok, 100.0 * ok / n, bareOk, 100.0 * bareOk / n);
    }
}
