package newsflow.common.health;

/**
 * The state of one part of a service, as {@code GET /health} reports it: a service is healthy when every one of
 * its components is {@code up}.
 *
 * @param service the service the component belongs to: {@code ingest}, {@code enrich} or {@code sink}
 * @param name   the component, e.g. {@code kafka}, {@code streams}, {@code consumer}, {@code database}
 * @param up     whether it works
 * @param state  a short state word, e.g. {@code RUNNING}, {@code reachable}, {@code assigned}
 * @param reason why, in words (the error when down); never null
 */
public record ComponentHealth(String service, String name, boolean up, String state, String reason) {
    /**
     * @param service the service, e.g. {@code sink}
     * @param name    the component
     * @param state   its state
     * @param reason  why
     * @return a working component
     */
    public static ComponentHealth up(String service, String name, String state, String reason) {
        return new ComponentHealth(service, name, true, state, reason);
    }

    /**
     * @param service the service
     * @param name    the component
     * @param state   its state
     * @param reason  what is wrong
     * @return a failing component
     */
    public static ComponentHealth down(String service, String name, String state, String reason) {
        return new ComponentHealth(service, name, false, state, reason);
    }
}
