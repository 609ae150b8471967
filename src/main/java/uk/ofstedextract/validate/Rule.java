package uk.ofstedextract.validate;

/**
 * The rules {@code validate} checks, each with a stable id (used in configuration files and every
 * output format), a default severity and a one-line description. docs/validate.md documents each one;
 * a test keeps that table in step with this list. Ids never change meaning; a rule that goes away
 * leaves its id unused.
 */
public enum Rule {
    UNREADABLE("unreadable", Severity.ERROR,
            "The file cannot be read or decoded as text (missing, permission denied, empty, binary, "
                    + "over the size limit)."),
    EXTRACTION_FAILED("extraction-failed", Severity.ERROR,
            "The extractor failed on the file (an internal error: please report it with the file), or gave it up "
                    + "over --timeout-per-file or the memory the JVM has (a pathological file)."),
    TYPE_UNKNOWN("type-unknown", Severity.ERROR,
            "The report type is not recognised from the title page."),
    TYPE_UNSUPPORTED("type-unsupported", Severity.WARNING,
            "A kind of report recognised by its title but not read (children's homes, early years; fostering and "
                    + "adoption agencies, initial teacher education, secure training centres and the other kinds "
                    + "typed unknown but named): only its metadata is given, so the rules about findings and grades "
                    + "are skipped."),
    METADATA_PROVIDER("metadata-provider", Severity.ERROR,
            "No provider (the inspected local authority, area or establishment) is named: neither a name nor, for an "
                    + "establishment, its unique reference number."),
    METADATA_LA_CODE("metadata-la-code", Severity.WARNING,
            "The provider, a local authority or area, is named but not matched to a local authority code."),
    METADATA_INSPECTION_DATES("metadata-inspection-dates", Severity.ERROR,
            "The inspection's first or last day is missing."),
    METADATA_PUBLISHED("metadata-published", Severity.WARNING,
            "No publication or letter date, in a type of report that states one."),
    METADATA_INSPECTORS("metadata-inspectors", Severity.WARNING,
            "No lead inspector is named."),
    METADATA_DATES_ORDER("metadata-dates-order", Severity.WARNING,
            "The dates are out of order: the inspection ends before it starts, or is published before it ends."),
    SECTION_MISSING("section-missing", Severity.ERROR,
            "A part the report type requires has no findings (e.g. a CRA letter without areas for development)."),
    SECTION_EMPTY("section-empty", Severity.WARNING,
            "A section heading is present but no findings were read under it."),
    JUDGEMENT_TABLE_MISSING("judgement-table-missing", Severity.ERROR,
            "A graded report type (ILACS, SIF) without a judgement table."),
    GRADES_INCOMPLETE("grades-incomplete", Severity.ERROR,
            "A judgement that the report type and inspection date require has no grade."),
    GRADE_CONTRADICTS_TEXT("grade-contradicts-text", Severity.ERROR,
            "The judgement table's grade differs from the grade the text states for that judgement."),
    GRADE_DUPLICATE("grade-duplicate", Severity.ERROR,
            "A judgement appears more than once in the judgement table."),
    GRADE_SCALE("grade-scale", Severity.ERROR,
            "A judgement or grade that the report's type and date do not use (e.g. overall effectiveness in an "
                    + "ILACS report inspected from April 2026)."),
    NUMBERING_GAP("numbering-gap", Severity.WARNING,
            "Numbered paragraphs skip a number: a paragraph may have been lost."),
    NUMBERING_REPEAT("numbering-repeat", Severity.WARNING,
            "A paragraph number repeats or goes backwards."),
    PARAGRAPH_UNCOVERED("paragraph-uncovered", Severity.ERROR,
            "A numbered paragraph of the body is in no finding: the findings' numbers skip paragraphs the text has."),
    PARAGRAPH_MERGED("paragraph-merged", Severity.WARNING,
            "A numbered paragraph of the body is inside another paragraph's finding, its number in that text."),
    TEXT_REPLACEMENT_CHARACTER("text-replacement-character", Severity.ERROR,
            "U+FFFD replacement characters: characters were lost when the text was converted."),
    TEXT_MOJIBAKE("text-mojibake", Severity.ERROR,
            "UTF-8 text that was decoded as Windows-1252 or Latin-1 on the way ('â€™' for '’')."),
    TEXT_CONTROL_CHARACTERS("text-control-characters", Severity.WARNING,
            "Control characters other than tab, line feed, carriage return and form feed."),
    TEXT_TRUNCATED("text-truncated", Severity.ERROR,
            "The text looks cut off: it ends in the middle of a sentence of its last finding."),
    TEXT_PAGE_FURNITURE("text-page-furniture", Severity.WARNING,
            "A page header, footer or page number was left inside a finding's text."),
    TEXT_TOO_SHORT("text-too-short", Severity.WARNING,
            "A very short file (under 1,500 characters of text): probably a failed or partial conversion."),
    TEXT_DECODING("text-decoding", Severity.INFO,
            "The file is not valid UTF-8 and was read as Windows-1252."),
    DUPLICATE_FILE("duplicate-file", Severity.ERROR,
            "The same bytes (SHA-256) as an earlier file of the corpus."),
    DUPLICATE_INSPECTION("duplicate-inspection", Severity.WARNING,
            "The same type, provider and inspection dates as an earlier file of the corpus."),
    CORPUS_MIN_FILES("corpus-min-files", Severity.ERROR,
            "The corpus holds fewer report files than --min-files asks for.");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    /** The rule with this id; throws naming the id. */
    public static Rule byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + id + "'");
    }
}
