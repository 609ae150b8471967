package uk.ofstedextract.metadata;

import java.util.List;

/** One row of the reference table of English local authorities. */
public record LocalAuthority(String laCode, String onsCode, String name, List<String> aliases, String region,
                             String type) {
    public LocalAuthority {
        aliases = List.copyOf(aliases);
    }
}
