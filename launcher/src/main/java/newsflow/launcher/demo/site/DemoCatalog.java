package newsflow.launcher.demo.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import newsflow.common.serde.Json;

/**
 * The list of demo pages, read from the classpath resource {@value #RESOURCE}.
 *
 * @param siteName the site name shown in feed titles
 * @param pages    every page, in catalogue order
 */
public record DemoCatalog(String siteName, List<DemoPage> pages) {

    /** Classpath location of the catalogue. */
    public static final String RESOURCE = "/demo-site/catalog.json";
    /** Classpath folder of the page files. */
    public static final String PAGES_FOLDER = "/demo-site/pages/";

    /** Copies the page list. */
    public DemoCatalog {
        pages = List.copyOf(pages);
    }

    /**
     * @return the bundled catalogue
     * @throws UncheckedIOException when the resource is missing or not valid JSON
     */
    public static DemoCatalog load() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + RESOURCE);
            }
            return Json.mapper().readValue(in, DemoCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo-site catalogue", e);
        }
    }

    /**
     * Reads one page file as stored (bytes in the page's own charset).
     *
     * @param page a page of this catalogue
     * @return the file bytes
     * @throws UncheckedIOException when the resource is missing
     */
    public static byte[] readFile(DemoPage page) {
        String name = PAGES_FOLDER + page.file();
        try (InputStream in = DemoCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo page " + name, e);
        }
    }
}
