package uk.ofstedextract.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the output contract, shipped as resource {@code schema/ofsted-extract-1.schema.json}. */
public final class Schema {
    public static final String RESOURCE = "/schema/ofsted-extract-1.schema.json";

    private Schema() {
    }

    public static String text() throws IOException {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
