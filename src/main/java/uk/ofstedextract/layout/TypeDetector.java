package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.ReportType;
import uk.ofstedextract.text.Fold;

/**
 * Recognises the report type from the wording of its first page: the title phrase of each kind
 * that appears earliest wins. Never guesses: a report whose first page names no known kind is
 * {@link ReportType#UNKNOWN}, with the reason.
 */
public final class TypeDetector {
    /** How much of the start of the text holds the title. */
    static final int HEAD_CHARS = 2500;

    public record Detection(ReportType type, String evidence, String reason) {
    }

    private record Signal(ReportType type, Pattern pattern) {
    }

    private static final List<Signal> SIGNALS = List.of(
            new Signal(ReportType.CRA_LETTER, Pattern.compile(
                    "unannounced inspection of contact,? referral and assessment")),
            new Signal(ReportType.AREA_SEND, Pattern.compile(
                    "(joint )?(local )?area send (full |re-?)?(inspection|revisit)|joint local area "
                            + "(special educational needs|send)|local area special educational needs and/?or "
                            + "disabilit(y|ies) \\(send\\) inspection|inspection of (the )?local area('s)? "
                            + "(effectiveness|arrangements) .{0,40}special educational needs")),
            new Signal(ReportType.JTAI, Pattern.compile("joint targeted area inspection")),
            new Signal(ReportType.ILACS_MONITORING_VISIT, Pattern.compile("monitoring visit (to|of|at)")),
            new Signal(ReportType.ILACS_FOCUSED_VISIT, Pattern.compile("focused visit (to|of|at)")),
            new Signal(ReportType.CHILD_PROTECTION, Pattern.compile(
                    "inspection of (local authority )?arrangements for the protection of children")),
            new Signal(ReportType.LOOKED_AFTER_CHILDREN, Pattern.compile("inspection of looked after children('s)? services")),
            new Signal(ReportType.SLAC, Pattern.compile(
                    "inspection of safeguarding and looked after children('s)? services")),
            new Signal(ReportType.SIF, Pattern.compile(
                    "inspection of services for children in need of help and protection")),
            new Signal(ReportType.LSCB_REVIEW, Pattern.compile(
                    "review of the effectiveness of the local safeguarding children board")),
            new Signal(ReportType.ILACS, Pattern.compile(
                    "inspection of [a-z ,.'&()-]{0,120}?children's (social care )?services|children's services "
                            + "inspection|^inspection of [a-z ,.'&()-]{2,100}? inspection dates?:")));

    public Detection detect(String original) {
        String head = Fold.spaces(Fold.forMatching(original.substring(0, Math.min(original.length(), HEAD_CHARS))));
        ReportType best = ReportType.UNKNOWN;
        int bestAt = Integer.MAX_VALUE;
        String evidence = null;
        for (Signal s : SIGNALS) {
            Matcher m = s.pattern.matcher(head);
            if (m.find() && m.start() < bestAt) {
                best = s.type;
                bestAt = m.start();
                evidence = m.group();
            }
        }
        if (best == ReportType.LSCB_REVIEW && head.contains("inspection of services for children in need")) {
            best = ReportType.SIF;
        }
        if (best == ReportType.UNKNOWN) {
            return new Detection(best, null, "the first page names no known kind of Ofsted children's services "
                    + "report (no title such as 'Inspection of ... children's services', 'Focused visit to', "
                    + "'Area SEND inspection of')");
        }
        return new Detection(best, evidence, null);
    }

    /** Every kind whose title phrase occurs in the head; for diagnostics. */
    public List<ReportType> candidates(String original) {
        String head = Fold.spaces(Fold.forMatching(original.substring(0, Math.min(original.length(), HEAD_CHARS))));
        List<ReportType> out = new ArrayList<>();
        for (Signal s : SIGNALS) {
            if (s.pattern.matcher(head).find()) {
                out.add(s.type);
            }
        }
        return out;
    }
}
