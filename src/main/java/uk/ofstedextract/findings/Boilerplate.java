package uk.ofstedextract.findings;

import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.RequiredLiterals;

/** Ofsted's standard sentences that sit among findings but are not findings. */
final class Boilerplate {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^any areas for (development|improvement)( and (for )?priority action)? identified (above|in "
                    + "this letter) will be.*"),
            Pattern.compile(".*\\blikely to (become|be) a limiting (factor|judgement).*"),
            Pattern.compile("^ofsted produces this report under its power.*"),
            Pattern.compile("^this (letter|report) (summarises|sets out) the findings of.*"),
            Pattern.compile("^(the inspection|this inspection) (did not find|found no|identified no) (any )?areas? for "
                    + "(priority|immediate).*"),
            Pattern.compile("^i am copying this letter to.*"),
            Pattern.compile("^(ofsted|we) will take the findings of this .{0,40}(visit|inspection) into account.*"),
            Pattern.compile("^yours sincerely.*"),
            Pattern.compile("^the (office for standards in education|inspection was carried out under).*"));

    /** What each pattern's matches must contain, tested first (most paragraphs are not boilerplate). */
    private static final List<RequiredLiterals> NEEDS = PATTERNS.stream()
            .map(p -> RequiredLiterals.of(p).orElseThrow()).toList();

    private Boilerplate() {
    }

    static boolean matches(String text) {
        String s = Fold.spaces(Fold.forMatching(text));
        for (int k = 0; k < PATTERNS.size(); k++) {
            if (NEEDS.get(k).mayMatch(s) && PATTERNS.get(k).matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
