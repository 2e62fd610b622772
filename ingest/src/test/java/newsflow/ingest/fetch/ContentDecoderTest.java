package newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDecoderTest {
    private static final byte[] EN = "<html lang=en><p>Flooding closed the coastal road on Tuesday.</p></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] AR = ("<html lang=ar><p>\u0623\u063a\u0644\u0642\u062a \u0627\u0644\u0641\u064a"
            + "\u0636\u0627\u0646\u0627\u062a \u0627\u0644\u0637\u0631\u064a\u0642</p></html>")
            .getBytes(Charset.forName("windows-1256"));
    private static final byte[] FR = "<html lang=fr><p>Les crues ont ferm\u00e9 la route c\u00f4ti\u00e8re.</p></html>"
            .getBytes(StandardCharsets.ISO_8859_1);

    private static ContentDecoder.Decoded decode(byte[] wire, String coding, long cap, boolean sniff)
            throws Exception {
        return ContentDecoder.decode(new ByteArrayInputStream(wire), coding, cap, sniff, () -> { });
    }

    static Stream<Arguments> codings() {
        UnaryOperator<byte[]> gzip = Codings::gzip;
        UnaryOperator<byte[]> zlib = b -> Codings.deflate(b, false);
        UnaryOperator<byte[]> raw = b -> Codings.deflate(b, true);
        UnaryOperator<byte[]> br = Codings::brotli;
        UnaryOperator<byte[]> gzipThenBr = b -> Codings.brotli(Codings.gzip(b));
        return Stream.of(EN, AR, FR).flatMap(body -> Stream.of(
                Arguments.of(body, "gzip", gzip, "gzip"),
                Arguments.of(body, "x-gzip", gzip, "gzip"),
                Arguments.of(body, "deflate", zlib, "deflate"),
                Arguments.of(body, "Deflate", raw, "deflate (raw)"),
                Arguments.of(body, "br", br, "br"),
                Arguments.of(body, "gzip, br", gzipThenBr, "br, gzip"),
                Arguments.of(body, null, UnaryOperator.<byte[]>identity(), "identity")));
    }

    @ParameterizedTest
    @MethodSource("codings")
    void everyOfferedCodingIsUndoneToTheOriginalBytes(byte[] body, String header, UnaryOperator<byte[]> encode,
                                                      String applied) throws Exception {
        ContentDecoder.Decoded d = decode(encode.apply(body), header, 1 << 20, false);
        assertThat(d.bytes()).isEqualTo(body);
        assertThat(d.truncated()).isFalse();
        assertThat(d.coding()).isEqualTo(applied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate", "gzip-sniffed", "gzip-in-gzip", "text-gzip"})
    void aDecompressionBombStopsAtTheCapAndTheTransferIsAbandoned(String kind) throws Exception {
        long decoded = 64L << 20; // 64 MiB from a few dozen KiB
        byte fill = kind.startsWith("text") ? (byte) 'a' : 0;
        byte[] wire = kind.equals("deflate") ? Codings.bomb(decoded, fill, false) : Codings.bomb(decoded, fill, true);
        if (kind.equals("gzip-in-gzip")) {
            wire = Codings.gzip(wire);
        }
        String header = kind.equals("gzip-sniffed") ? null : kind.equals("deflate") ? "deflate" : "gzip";
        AtomicInteger aborts = new AtomicInteger();
        int cap = 1 << 20;
        ContentDecoder.Decoded d = ContentDecoder.decode(new ByteArrayInputStream(wire), header, cap, true,
                aborts::incrementAndGet);
        assertThat(wire.length).isLessThan(cap);
        assertThat(d.truncated()).isTrue();
        assertThat(d.bytes()).hasSize(cap);
        assertThat(aborts).hasValue(1);
    }

    @Test
    void gzipMagicIsSniffedOnlyWhenAsked() throws Exception {
        byte[] sitemap = "<urlset><url><loc>https://news.example/a</loc></url></urlset>".getBytes(StandardCharsets.UTF_8);
        byte[] file = Codings.gzip(sitemap); // a .xml.gz file served as it is
        assertThat(decode(file, null, 1 << 20, true).bytes()).isEqualTo(sitemap);
        assertThat(decode(file, null, 1 << 20, true).coding()).isEqualTo("gzip (sniffed)");
        assertThat(decode(file, null, 1 << 20, false).bytes()).isEqualTo(file);
        // the same file with Content-Encoding: gzip on top (a server compressing its .gz files again)
        ContentDecoder.Decoded twice = decode(Codings.gzip(file), "gzip", 1 << 20, true);
        assertThat(twice.bytes()).isEqualTo(sitemap);
        assertThat(twice.coding()).isEqualTo("gzip, gzip (sniffed)");
        // Content-Encoding: gzip naming the file's own gzip (the usual .xml.gz misconfiguration)
        assertThat(decode(file, "gzip", 1 << 20, true).bytes()).isEqualTo(sitemap);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "x-gzip", "deflate"})
    void aBodyDeclaredCompressedButSentPlainIsReadAsItIs(String header) throws Exception {
        // gzip: no magic bytes, read as it is; deflate: not a zlib header, so raw deflate is tried and fails
        if (header.equals("deflate")) {
            assertThatThrownBy(() -> decode(EN, header, 1 << 20, true)).isInstanceOf(IOException.class);
            return;
        }
        ContentDecoder.Decoded d = decode(FR, header, 1 << 20, true);
        assertThat(d.bytes()).isEqualTo(FR);
        assertThat(d.coding()).isEqualTo("identity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zstd", "compress", "gzip, zstd", "exi"})
    void aCompressionIngestDoesNotSpeakIsRefused(String header) {
        assertThatThrownBy(() -> decode(EN, header, 1 << 20, true))
                .isInstanceOfSatisfying(FetchRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("unsupported-content-coding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity", "UTF-8", "none", "8bit", ""})
    void codingsThatNameNoCompressionAreIgnored(String header) throws Exception {
        assertThat(decode(AR, header, 1 << 20, true).bytes()).isEqualTo(AR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate", "br"})
    void aDamagedCompressedBodyIsAnIoFailureNotText(String header) {
        byte[] whole = header.equals("gzip") ? Codings.gzip(EN) : header.equals("deflate")
                ? Codings.deflate(EN, false) : Codings.brotli(EN);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        AtomicInteger aborts = new AtomicInteger();
        assertThatThrownBy(() -> ContentDecoder.decode(new ByteArrayInputStream(cut), header, 1 << 20, true,
                aborts::incrementAndGet)).isInstanceOf(IOException.class);
        assertThat(aborts).hasValue(1);
    }

    @Test
    void aBodyOfExactlyTheCapIsWhole() throws Exception {
        byte[] body = new byte[4096];
        Arrays.fill(body, (byte) 'x');
        ContentDecoder.Decoded d = decode(Codings.gzip(body), "gzip", 4096, true);
        assertThat(d.truncated()).isFalse();
        assertThat(d.bytes()).hasSize(4096);
        assertThat(decode(Codings.gzip(body), "gzip", 4095, true).truncated()).isTrue();
    }
}
