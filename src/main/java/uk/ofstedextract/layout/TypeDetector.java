package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.ReportType;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.RequiredLiterals;

/**
 * Recognises the report type from the wording of its first page: the title phrase of each kind
 * (its profile's {@code titles}) that appears earliest wins, on a tie the profile listed first. Never guesses: a report whose first page names no known kind is
 * {@link ReportType#UNKNOWN}, with the reason.
 */
public final class TypeDetector {
    /** How much of the start of the text holds the title. */
    static final int HEAD_CHARS = 2500;

    /**
     * What {@link #detect} found: the type, the title phrase that showed it, the reason where it is unknown, and the
     * first page as it was matched ({@link #head}: folded, spaces collapsed), which a profile reads again
     * ({@link ReportProfile#forHead}); for an unknown report, the kind of report it is where the tool recognises it
     * without reading it ({@link UnreadKinds}: "independent fostering agency"), else null.
     */
    public record Detection(ReportType type, String evidence, String reason, String head, String kind) {
        public Detection(ReportType type, String evidence, String reason, String head) {
            this(type, evidence, reason, head, null);
        }
    }

    private final Profiles profiles;
    /** Each title pattern's literals, where it has some: a head without them is not searched. */
    private final Map<Pattern, RequiredLiterals> needs = new IdentityHashMap<>();

    public TypeDetector() {
        this(Profiles.standard());
    }

    public TypeDetector(Profiles profiles) {
        this.profiles = profiles;
        for (ReportProfile p : profiles.all()) {
            for (Pattern title : p.titles()) {
                RequiredLiterals.of(title).ifPresent(r -> needs.put(title, r));
            }
        }
    }

    /** The title's first match in the head, or null. The head is folded, so already lower case for the literals. */
    private Matcher find(Pattern title, String head) {
        RequiredLiterals r = needs.get(title);
        if (r != null && !r.mayMatch(head)) {
            return null;
        }
        Matcher m = title.matcher(head);
        return m.find() ? m : null;
    }

    /** The first page as title signals are matched against: folded, its spaces collapsed. */
    private static String head(String original) {
        return Fold.spaces(Fold.forMatching(original.substring(0, Math.min(original.length(), HEAD_CHARS))));
    }

    public Detection detect(String original) {
        String head = head(original);
        ReportType best = ReportType.UNKNOWN;
        int bestAt = Integer.MAX_VALUE;
        String evidence = null;
        ReportProfile found = null;
        for (ReportProfile p : profiles.all()) {
            for (Pattern title : p.titles()) {
                Matcher m = find(title, head);
                if (m != null && m.start() < bestAt) {
                    found = p;
                    best = p.type();
                    bestAt = m.start();
                    evidence = m.group();
                }
            }
        }
        if (found != null) {
            for (ReportProfile.Yield y : found.yieldsTo()) {
                if (head.contains(y.phrase())) {
                    best = y.type();
                    break;
                }
            }
        }
        if (best == ReportType.UNKNOWN) {
            String kind = UnreadKinds.standard().match(head);
            if (kind != null) {
                return new Detection(best, null, "the first page is that of a report on a " + kind + ", a kind the "
                        + "tool recognises but has no type for and does not read", head, kind);
            }
            return new Detection(best, null, "the first page names no known kind of Ofsted report (no title "
                    + "such as 'Inspection of ... children's services', 'Focused visit to', 'Area SEND inspection of', "
                    + "'School report', 'Further education and skills inspection report', 'Progress monitoring "
                    + "inspection')", head);
        }
        return new Detection(best, evidence, null, head);
    }

    /** Every kind whose title phrase occurs in the head; for diagnostics. */
    public List<ReportType> candidates(String original) {
        String head = head(original);
        List<ReportType> out = new ArrayList<>();
        for (ReportProfile p : profiles.all()) {
            if (p.titles().stream().anyMatch(t -> find(t, head) != null)) {
                out.add(p.type());
            }
        }
        return out;
    }
}
