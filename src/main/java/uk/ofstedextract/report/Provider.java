package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The inspected body: its name as the report writes it, and the authority's codes from the reference table. */
@JsonPropertyOrder({"name", "laCode", "onsCode", "laName"})
public record Provider(String name, String laCode, String onsCode, String laName) {
    public static final Provider NONE = new Provider(null, null, null, null);
}
