package uk.ofstedextract.layout;

import java.util.regex.Pattern;

/**
 * How independent school reports set out the independent school standards, for the stages that read
 * them (grades, findings): a part's heading, and the headers of the annex's lists of standards. Patterns
 * match a line folded to lower case with single spaces ({@code Fold.spaces(Fold.forMatching(line))}).
 */
public final class StandardsLayout {
    /**
     * "Part 3. Welfare, health and safety of pupils", "Part 3: Welfare …" (the wording of the standards' own
     * guidance and of ISI's reports), "Part 3 – Welfare …": the heading of a part of the standards (group 1: its
     * number). A sentence about a part ("Part 3 of the standards is met") has no stop, colon or dash after the number.
     */
    public static final Pattern PART_HEADING = Pattern.compile("^part ([1-8])(?:[.:]| -) [a-z]");
    /** The header of an annex list of standards not met, or unlikely to be met. */
    public static final Pattern UNMET_LIST = Pattern.compile(
            "^(independent school standards? (requirements )?that the (proposed )?school (does not|is unlikely to|did "
                    + "not) meet|the (proposed )?school (does not|is unlikely to|failed to) meet the following)");
    /** The header of an annex list of standards the school now meets. */
    public static final Pattern MET_LIST = Pattern.compile(
            "^(independent school standards? (requirements )?that the school now meets|the school now meets the "
                    + "following)");
    /**
     * What a part's outcome statement is about ("The standards in this part are likely to be met", "These
     * standards are met", "This standard is likely to be met"), as a regex to build sentence patterns from.
     */
    public static final String OUTCOME_SUBJECT = "\\b(this part|these standards|this standard|these requirements)\\b";
    /** The annex's own heading ("Annex. Independent school standards"). */
    public static final Pattern ANNEX = Pattern.compile("^annex\\b");

    private StandardsLayout() {
    }
}
