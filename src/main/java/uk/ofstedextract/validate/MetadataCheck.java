package uk.ofstedextract.validate;

import java.time.LocalDate;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.report.Report;

/**
 * The report type is recognised (and read: a type recognised but not read is reported), and the
 * metadata that type carries is there: the provider and, for a local authority or area, its LA code, the inspection dates, the lead inspector, and the publication date where the type
 * states one (ILACS and area SEND reports state none), with dates in order.
 */
final class MetadataCheck {
    /**
     * A letter's salutation at a line start ("Dear Mrs Example"): a family of letters and reports (school ungraded
     * and monitoring inspections) states a letter's date, and a report's (EIF layout) publication date nowhere.
     */
    private static final Pattern SALUTATION = Pattern.compile("(?m)^[ \\t]*Dear\\s+\\S");

    private MetadataCheck() {
    }

    static void check(Subject s, Hits hits) {
        Report r = s.report;
        if (s.profile.isUnknown()) {
            java.util.Optional<String> kind = r.warnings().stream().filter(w -> w.code().equals("unsupported-type"))
                    .map(w -> w.message()).findFirst();
            if (kind.isPresent()) {
                // a kind the tool recognises but has no type for (a fostering agency, initial teacher education):
                // said, and not an error, as for children's homes and early years
                hits.file(Rule.TYPE_UNSUPPORTED, kind.get());
                return;
            }
            hits.file(Rule.TYPE_UNKNOWN, "report type not recognised: " + r.warnings().stream()
                    .filter(w -> w.code().equals("unknown-type")).map(w -> w.message()).findFirst()
                    .orElse("the first page names no known kind of report"));
            return; // what an unknown report should carry is unknown too
        }
        String type = r.type();
        if (!s.profile.readsBody()) {
            hits.file(Rule.TYPE_UNSUPPORTED, "a " + type + " report: recognised by its title but not read (only its "
                    + "metadata is given)");
        }
        if (blank(r.provider().name()) && blank(r.provider().urnValue())) {
            // an establishment's URN names it (children's homes' reports give only the URN on the first page)
            hits.file(Rule.METADATA_PROVIDER, "no provider named in this " + type + " report");
        } else if (blank(r.provider().laCode())
                && s.profile.provider() == ReportProfile.ProviderKind.LOCAL_AUTHORITY) {
            // a school's authority is read only from a field naming it: many reports have none
            hits.file(Rule.METADATA_LA_CODE, "provider '" + r.provider().name() + "' is not matched to a local "
                    + "authority code");
        }
        LocalDate start = r.inspection().start();
        LocalDate end = r.inspection().end();
        if (start == null || end == null) {
            hits.file(Rule.METADATA_INSPECTION_DATES, start == null && end == null ? "no inspection dates"
                    : "inspection " + (start == null ? "start" : "end") + " date missing");
        }
        if (r.published() == null && s.profile.statesPublished()
                && (!s.profile.checks().publishedOnlyInLetters() || SALUTATION.matcher(s.text).find())) {
            hits.file(Rule.METADATA_PUBLISHED, "no publication or letter date in this " + type + " report");
        }
        if (r.inspectors().isEmpty()) {
            hits.file(Rule.METADATA_INSPECTORS, "no lead inspector named");
        }
        if (start != null && end != null && end.isBefore(start)) {
            hits.file(Rule.METADATA_DATES_ORDER, "inspection ends (" + end + ") before it starts (" + start + ")");
        }
        if (end != null && r.published() != null && r.published().isBefore(end)) {
            hits.file(Rule.METADATA_DATES_ORDER, "published (" + r.published() + ") before the inspection ended ("
                    + end + ")");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
