package newsflow.launcher.cli;

import java.io.IOException;
import newsflow.launcher.ops.ServiceOps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a service command's HTTP endpoints and logs where they are. */
final class Ops {
    private static final Logger LOG = LoggerFactory.getLogger(Ops.class);

    private Ops() {
    }

    static void serve(ServiceOps ops, int port, String service) throws IOException {
        String address = ops.serve(port);
        if (address == null) {
            LOG.info("{}: /metrics and /health are off ({}.http.port=0)", service, service);
        } else {
            LOG.info("{}: metrics on {}/metrics, health on {}/health", service, address, address);
        }
    }
}
