package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something the extraction noticed and the user may want to check; offset into the input or null. */
@JsonPropertyOrder({"code", "message", "offset"})
public record Warning(String code, String message, Integer offset) {
}
