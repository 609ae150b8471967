package uk.ofstedextract.findings;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.layout.Section;
import uk.ofstedextract.layout.SectionRole;
import uk.ofstedextract.text.Fold;

/**
 * The summary of key findings of a graded school report (finding rule
 * {@value ReportProfile#MIXED_SUMMARY_LIST}). From 2012 to 2015 a good or outstanding school's
 * summary has two lists: "This is a good school." (strengths) and "It is not yet an outstanding school
 * because" (weaknesses). From 2015 the second list is gone and the first mixes both, so its items are
 * narrative: which one a report has is read from its own headings, not from its date. An outstanding school
 * of 2012–15 has no "not yet" list (nothing keeps it from the next grade), so its report is told from the CIF by
 * the judgements only 2012–15 reports print ("The behaviour and safety of pupils", "The achievement of
 * pupils"): its "This is an outstanding school." list is strengths, as the contract files the era's list.
 */
final class SchoolSummary {
    /** The heading of the list that states a good or outstanding grade for the whole school. */
    private static final Pattern WHOLE_SCHOOL = Pattern.compile("^this is (a good|an outstanding) school\\b.*");

    /** Judgement keys of the 2012–15 layout alone (the contract's {@code s5-2012} keys the CIF does not share). */
    private static final Set<String> KEYS_2012_15 = Set.of("behaviour-and-safety-of-pupils",
            "achievement-of-pupils");

    private SchoolSummary() {
    }

    /**
     * True if the report has no list of what keeps the school from the next grade ("… because") and no judgement of
     * the 2012–15 layout alone.
     */
    static boolean mixed(List<Section> sections) {
        return sections.stream().noneMatch(s -> s.role() == SectionRole.LIST && "development".equals(s.category())
                && s.headingText() != null && folded(s.headingText()).endsWith(" because"))
                && sections.stream().noneMatch(s -> s.role() == SectionRole.JUDGEMENT
                        && KEYS_2012_15.contains(s.judgement()));
    }

    /** A list section headed by the whole school's good or outstanding grade. */
    static boolean judgesWhole(Section s) {
        return s.role() == SectionRole.LIST && "strength".equals(s.category()) && s.headingText() != null
                && WHOLE_SCHOOL.matcher(folded(s.headingText())).matches();
    }

    private static String folded(String heading) {
        return Fold.spaces(Fold.forMatching(heading)).replaceAll("[.:]+$", "");
    }
}
