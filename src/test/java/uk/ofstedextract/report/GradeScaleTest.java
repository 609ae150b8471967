package uk.ofstedextract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Fold;

class GradeScaleTest {

    @Test
    void ordinalsNumberGradesBestFirstAsOfstedDoes() {
        assertEquals(OptionalInt.of(1), GradeScale.ordinal("outstanding"));
        assertEquals(OptionalInt.of(2), GradeScale.ordinal("good"));
        assertEquals(OptionalInt.of(3), GradeScale.ordinal("requires-improvement"));
        assertEquals(OptionalInt.of(3), GradeScale.ordinal("adequate"));
        assertEquals(OptionalInt.of(3), GradeScale.ordinal("satisfactory"));
        assertEquals(OptionalInt.of(4), GradeScale.ordinal("inadequate"));
        assertEquals(OptionalInt.of(1), GradeScale.ordinal("exceptional"));
        assertEquals(OptionalInt.of(5), GradeScale.ordinal("urgent-improvement"));
        assertEquals(OptionalInt.of(3), GradeScale.ordinal("systemic-failings"));
    }

    @Test
    void twoValuedScalesAndUnknownKeysHaveNoOrdinal() {
        for (String k : new String[] {"met", "not-met", "effective", "not-effective", "likely-to-meet",
                "unlikely-to-meet", "special-measures", "performs-poorly", "no-such-grade"}) {
            assertTrue(GradeScale.ordinal(k).isEmpty(), k);
        }
        assertTrue(GradeScale.ordinal(null).isEmpty());
    }

    @Test
    void everyScaleRanksItsGradesOneToNOrNotAtAll() {
        for (GradeScale.Scale s : GradeScale.SCALES) {
            boolean ranked = s.words().get(0).ordinal() > 0;
            for (int i = 0; i < s.words().size(); i++) {
                assertEquals(ranked ? i + 1 : 0, s.words().get(i).ordinal(), s.name() + " " + s.words().get(i).key());
            }
        }
    }

    @Test
    void digitGradesAreTheDigitWordingsOfTheSchoolScales() {
        Pattern digit = Pattern.compile(GradeScale.DIGIT);
        for (String d : new String[] {"1", "2", "3", "4"}) {
            assertTrue(digit.matcher(d).matches(), d);
            assertEquals(GradeScale.SATISFACTORY.keyOf(d), GradeScale.SATISFACTORY.words().get(d.charAt(0) - '1').key());
            assertEquals(Integer.parseInt(d), GradeScale.ordinal(GradeScale.DIGITS.keyOf(d)).getAsInt());
        }
        for (String no : new String[] {"0", "5", "9", "12", "", "a", "-"}) {
            assertFalse(digit.matcher(no).matches(), no);
        }
    }

    @Test
    void theKeysReadersGiveFromASenseAreKeysOfTheirScales() {
        assertEquals(java.util.List.of(GradeScale.Key.MET, GradeScale.Key.NOT_MET), GradeScale.MET.keys());
        assertEquals(java.util.List.of("likely-to-meet", "unlikely-to-meet"), GradeScale.LIKELY.keys());
        assertEquals(GradeScale.Key.UNLIKELY_TO_MEET, GradeScale.key("not likely to be met"));
        assertEquals(GradeScale.Key.INSUFFICIENT_EVIDENCE, GradeScale.key("Insufficient evidence"));
        assertEquals(GradeScale.Key.PERFORMS_POORLY, GradeScale.CRA_LIMIT.keys().get(0));
        assertEquals("not-met", GradeScale.Key.NOT_MET, "the output contract's spelling");
    }

    @Test
    void scaleNamesAreUnique() {
        Set<String> names = new HashSet<>();
        GradeScale.SCALES.forEach(s -> assertTrue(names.add(s.name()), s.name()));
        assertTrue(GradeScale.named("report-card").isPresent());
        assertFalse(GradeScale.named("five-star").isPresent());
    }

    @Test
    void writtenGradesMapToKeys() {
        assertEquals("requires-improvement", GradeScale.key("Requires improvement to be good."));
        assertEquals("requires-improvement", GradeScale.key("require  improvement"));
        assertEquals("inadequate", GradeScale.key("Inadequate"));
        assertEquals("adequate", GradeScale.key("adequate"));
        assertEquals("performs-poorly", GradeScale.key("performs poorly"));
        assertEquals("strong-standard", GradeScale.key("Strong standard"));
        assertEquals("not-effective", GradeScale.key("ineffective"));
        assertNull(GradeScale.key("3"), "a lone digit is a grade only on a scale a profile names");
        assertNull(GradeScale.key("very nice"));
        assertEquals("good", GradeScale.SATISFACTORY.keyOf("2"));
        assertEquals("inconsistent", GradeScale.SEND_OUTCOME.keyOf("lead to inconsistent experiences and outcomes"));
    }

    @Test
    void trailingGradesAreStrippedFromLabels() {
        assertEquals("Leadership", GradeScale.withoutTrailingGrade("Leadership: good"));
        assertEquals("The overall effectiveness",
                GradeScale.withoutTrailingGrade("The overall effectiveness is judged to be inadequate."));
        assertEquals("Help and protection",
                GradeScale.withoutTrailingGrade("Help and protection requires improvement to be good"));
        assertEquals("Good practice in care", GradeScale.withoutTrailingGrade("Good practice in care"));
        assertEquals("help-and-protection", GradeScale.slug("Help and protection"));
    }

    @Test
    void fourPointWordsMatchTheirOwnWordings() {
        String words = GradeScale.words(" ");
        for (GradeScale.Scale s : new GradeScale.Scale[] {GradeScale.FOUR_POINT, GradeScale.ADEQUATE}) {
            for (GradeScale.Word w : s.words()) {
                for (String p : w.wordings()) {
                    String sample = p.replace("requires? improvement(?: to be good)?", "requires improvement to be good");
                    assertTrue(sample.matches(words), sample);
                    assertTrue(GradeScale.mayEndWithGradeWord(sample), sample);
                }
            }
        }
    }

    @Test
    void theCheapTestsBeforeTheGradePatternsNeverRefuseAGrade() {
        for (String word : new String[] {"Outstanding", "Good", "Adequate", "Inadequate", "Require improvement",
                "Requires improvement", "Requires  improvement to be good", "requires improvement to be good",
                "Performs poorly"}) {
            for (String form : new String[] {word, word + ".", " " + word.toUpperCase() + " ", word.replace(' ', '\u00A0')}) {
                String spaced = Fold.spaces(Fold.forMatching(form));
                assertTrue(GradeScale.WHOLE_GRADE.matcher(spaced).matches(), spaced);
                assertTrue(GradeScale.mayBeWholeGrade(form), form);
                String heading = "The experiences of children who " + form.strip().replaceAll("\\.$", "") + "  ";
                // the heading's end test serves the words of GradeScale.words (no "performs poorly")
                assertTrue(word.startsWith("Performs") || GradeScale.mayEndWithGradeWord(heading), form);
            }
        }
    }

    @Test
    void theCheapTestsRefuseOrdinaryLines() {
        assertFalse(GradeScale.mayBeWholeGrade("Requires improvement to be good, because"));
        assertFalse(GradeScale.mayBeWholeGrade("The local authority has made good progress since the last visit"));
        assertTrue(GradeScale.mayBeWholeGrade("a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2"));
        assertFalse(GradeScale.mayBeWholeGrade("a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3"));
        assertFalse(GradeScale.mayEndWithGradeWord("Social workers know their children well."));
        assertFalse(GradeScale.mayEndWithGradeWord("good."));
        assertTrue(GradeScale.mayEndWithGradeWord("Overall effectiveness GOOD"));
    }

    @Test
    void schoolWordsAreTheSchoolScalesWordsWithoutDigits() {
        Pattern p = Pattern.compile("(?i)" + GradeScale.schoolWords(" "));
        for (String w : new String[] {"Outstanding", "Good", "Satisfactory", "Requires improvement",
                "Require improvement", "Requires improvement to be good", "Inadequate"}) {
            assertTrue(p.matcher(w).matches(), w);
        }
        for (String w : new String[] {"Adequate", "2", "Exceptional", "Good practice", "Requires  improvement"}) {
            assertFalse(p.matcher(w).matches(), w);
        }
        assertTrue(Pattern.compile(GradeScale.words("\\s+")).matcher("requires\n improvement").matches());
    }

    @Test
    void aGradeAsPredicateNeedsIsOrAreUnlessItIsAVerbPhrase() {
        Pattern p = Pattern.compile("(?i)(?:" + GradeScale.predicate(GradeScale.FOUR_POINT, "\\s+") + ")");
        for (String w : new String[] {"is good", "are  inadequate", "is outstanding", "requires improvement",
                "require improvement", "is requires improvement", "requires improvement to be good"}) {
            assertTrue(p.matcher(w).matches(), w);
        }
        for (String w : new String[] {"good", "inadequate", "is adequate", "is satisfactory", "is good practice"}) {
            assertFalse(p.matcher(w).matches(), w);
        }
    }
}
