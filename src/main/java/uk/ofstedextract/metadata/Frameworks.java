package uk.ofstedextract.metadata;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.report.Inspection;
import uk.ofstedextract.text.Fold;

/** The contract's {@code framework}: the variant of a family its profile's framework rule picks. */
public final class Frameworks {
    /** How much of the text a {@code head-pattern} rule reads. */
    static final int HEAD_CHARS = 8000;

    private Frameworks() {
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
            case "by-date" -> {
                if (!f.heads().isEmpty()) {
                    String head = Fold.spaces(Fold.forMatching(original.substring(0,
                            Math.min(original.length(), HEAD_CHARS))));
                    for (ReportProfile.Head h : f.heads()) {
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
