package uk.ofstedextract.report;

/** The report type keys of the output contract. */
public enum ReportType {
    CRA_LETTER("cra-letter"),
    SLAC("slac"),
    CHILD_PROTECTION("child-protection"),
    LOOKED_AFTER_CHILDREN("looked-after-children"),
    SIF("sif"),
    LSCB_REVIEW("lscb-review"),
    ILACS("ilacs"),
    ILACS_FOCUSED_VISIT("ilacs-focused-visit"),
    ILACS_MONITORING_VISIT("ilacs-monitoring-visit"),
    JTAI("jtai"),
    AREA_SEND("area-send"),
    SCHOOL_REPORT_CARD("school-report-card"),
    SCHOOL_UNGRADED("school-ungraded"),
    INDEPENDENT_SCHOOL("independent-school"),
    /** A children's home inspection: recognised by its title, not read (metadata only). */
    CHILDREN_HOME("children-home"),
    /** An early years (childcare) inspection: recognised by its title, not read (metadata only). */
    EARLY_YEARS("early-years"),
    /** Further education and skills inspections (colleges, independent learning providers): CIF 2015, EIF 2019. */
    FURTHER_EDUCATION("further-education"),
    /** Graded inspection of a maintained school, academy or PRU (section 10 to 2005, section 5, CIF, EIF). */
    SCHOOL("school"),
    UNKNOWN("unknown");

    private final String key;

    ReportType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
