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
    INDEPENDENT_SCHOOL("independent-school"),
    /** Further education and skills inspections (colleges, independent learning providers): CIF 2015, EIF 2019. */
    FURTHER_EDUCATION("further-education"),
    UNKNOWN("unknown");

    private final String key;

    ReportType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
