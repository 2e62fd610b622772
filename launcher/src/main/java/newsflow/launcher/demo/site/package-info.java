/**
 * Loopback HTTP news sites for the demo and for trying saved pages: {@link newsflow.launcher.demo.site.DemoSite}
 * (our own multilingual pages, feeds, sitemap and robots.txt, bundled under {@code demo-site/} in the jar) and
 * {@link newsflow.launcher.demo.site.SavedPagesSite} (a folder of saved {@code .html}/{@code .html.gz} pages with a
 * generated feed and sitemap). Both use the JDK's {@code com.sun.net.httpserver} on 127.0.0.1 with a free port.
 */
package newsflow.launcher.demo.site;
