package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The inspected body: its name as the report writes it, the authority's codes from the reference
 * table and, for an establishment (a school, college or home), its unique reference number.
 *
 * @param urn the establishment's URN; {@code null} (left out of the JSON) for a report about a local
 *            authority or area, which has none; {@link Urn#NONE} (written as {@code "urn": null}) for
 *            an establishment whose report gives none
 */
@JsonPropertyOrder({"name", "laCode", "onsCode", "laName", "urn"})
public record Provider(String name, String laCode, String onsCode, String laName,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Urn urn) {
    public static final Provider NONE = new Provider(null, null, null, null, null);

    /** The URN as written, or null. */
    public String urnValue() {
        return urn == null ? null : urn.value();
    }

    /** An establishment's unique reference number ("140555"), written as a JSON string, or null. */
    public record Urn(String value) {
        public static final Urn NONE = new Urn(null);

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Urn of(String value) {
            return value == null ? NONE : new Urn(value);
        }

        @JsonValue
        @Override
        public String value() {
            return value;
        }
    }
}
