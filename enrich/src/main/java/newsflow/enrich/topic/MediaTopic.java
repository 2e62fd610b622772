package newsflow.enrich.topic;

import java.time.LocalDate;

/**
 * One concept of the IPTC Media Topics vocabulary (source: IPTC, CC BY 4.0, see NOTICE).
 *
 * @param code       qcode, e.g. {@code medtop:20000053}
 * @param level      depth in the hierarchy, 1 for the 17 top-level subjects
 * @param parent     qcode of the broader concept, or null for a top-level subject
 * @param top        qcode of the top-level ancestor (the concept itself when {@code level == 1})
 * @param label      English label ({@code name_en})
 * @param definition English definition, possibly empty
 * @param retired    day the concept was retired, or null while it is active
 */
public record MediaTopic(String code, int level, String parent, String top, String label, String definition,
                         LocalDate retired) {

    /** @return true when IPTC has retired the concept (it should no longer be assigned) */
    public boolean isRetired() {
        return retired != null;
    }

    /** @return true for one of the 17 top-level subjects */
    public boolean isTopLevel() {
        return level == 1;
    }
}
