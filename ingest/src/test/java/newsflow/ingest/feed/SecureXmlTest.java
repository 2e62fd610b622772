package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SecureXmlTest {
    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r>a&xxe;b</r>";
        Document d;
        try {
            d = SecureXml.parse(xml);
        } catch (org.xml.sax.SAXException refused) {
            return; // refusing the document is as safe as not expanding it
        }
        assertThat(d.getDocumentElement().getTextContent()).doesNotContain("TOP-SECRET");
    }

    @Test
    void malformedXmlThrows() {
        assertThatThrownBy(() -> SecureXml.parse("<a><b></a>")).isInstanceOf(org.xml.sax.SAXException.class);
    }
}
