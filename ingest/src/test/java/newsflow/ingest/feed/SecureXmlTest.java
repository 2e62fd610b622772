package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {
    private static String text(String xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        StringBuilder out = new StringBuilder();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.ENTITY_REFERENCE) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    @Test
    void externalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r>a&xxe;b</r>";
        String text;
        try {
            text = text(xml);
        } catch (XMLStreamException refused) {
            return; // refusing the document is as safe as not expanding it
        }
        assertThat(text).doesNotContain("TOP-SECRET");
    }

    @Test
    void internalEntityExpansionIsNotPerformed() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<r>&b;&b;</r>";
        String text;
        try {
            text = text(xml);
        } catch (XMLStreamException refused) {
            return;
        }
        assertThat(text).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void malformedXmlThrows() {
        assertThatThrownBy(() -> text("<a><b></a>")).isInstanceOf(XMLStreamException.class);
    }
}
