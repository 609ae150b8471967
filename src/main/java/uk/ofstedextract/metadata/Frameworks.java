package uk.ofstedextract.metadata;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.text.Fold;

/** The contract's {@code framework}: the variant of a family its profile's framework rule picks. */
public final class Frameworks {
    /** How much of the text a {@code head-pattern} rule reads. */
    static final int HEAD_CHARS = 8000;

    private Frameworks() {
    }

    /** How much of the text the {@code head-patterns} rule reads: the title block of the first page. */
    static final int TITLE_CHARS = 1500;

    /**
     * Rule {@code head-patterns}: of the profile's patterns, the one matching earliest in the title block
     * (folded to lower case, single spaces, so a title that a converter broke around a date still reads as one)
     * names the framework; none matching gives {@code otherwise}.
     */
    private static String earliest(ReportProfile.Framework f, String original) {
        String head = Fold.spaces(Fold.forMatching(original.substring(0, Math.min(original.length(), TITLE_CHARS))));
        String best = f.otherwise();
        int bestAt = Integer.MAX_VALUE;
        for (ReportProfile.NamedPattern p : f.patterns()) {
            Matcher m = p.pattern().matcher(head);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = p.framework();
            }
        }
        return best;
    }

    /** The framework name, or null where the family has one framework or the rule cannot tell. */
    public static String of(ReportProfile profile, Inspection inspection, String original) {
        ReportProfile.Framework f = profile.framework();
        switch (f.rule()) {
            case "inspection-days" -> {
                if (inspection.start() == null || inspection.end() == null) {
                    return null;
                }
                return ChronoUnit.DAYS.between(inspection.start(), inspection.end()) >= f.days() ? f.longName()
                        : f.shortName();
            }
            case "head-pattern" -> {
                String head = original.substring(0, Math.min(original.length(), HEAD_CHARS)).toLowerCase(Locale.ROOT);
                return f.pattern().matcher(head).matches() ? f.match() : f.otherwise();
            }
            case "head-patterns" -> {
                String named = earliest(f, original);
                // no pattern and no fixed otherwise: the covering period's framework (school ungraded letters:
                // monitoring variants by their heading, short / ungraded by date)
                return named != null || f.otherwise() != null ? named
                        : profile.period(inspection.start()).map(ReportProfile.Period::framework).orElse(null);
            }
            case "by-date" -> {
                if (!f.patterns().isEmpty()) {
                    String head = Fold.spaces(Fold.forMatching(original.substring(0,
                            Math.min(original.length(), HEAD_CHARS))));
                    for (ReportProfile.NamedPattern h : f.patterns()) {
                        if (h.pattern().matcher(head).find()) {
                            return h.framework();
                        }
                    }
                }
                return profile.period(inspection.start()).map(ReportProfile.Period::framework).orElse(null);
            }
            default -> {
                return null;
            }
        }
    }
}
