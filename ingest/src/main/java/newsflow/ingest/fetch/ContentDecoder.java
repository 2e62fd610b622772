package newsflow.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes a response's content coding (RFC 9110 §8.4) as the body streams in, and caps the <em>decoded</em> size,
 * so a decompression bomb (a few KiB that inflate to gigabytes) costs at most the cap in memory and stops there.
 * <ul>
 *   <li>Codings: {@code gzip} / {@code x-gzip} (RFC 1952), {@code deflate} (RFC 1950 zlib, or the raw RFC 1951
 *       stream some servers send instead, told apart by the zlib header), {@code br} (RFC 7932, the brotli
 *       project's Java decoder), {@code identity}; a list ({@code gzip, br}) is undone last first. A body
 *       declared gzip that does not start with the gzip magic bytes is read as it is (a proxy already decoded
 *       it). Codings that name no compression ({@code utf-8}, {@code none}, {@code binary}, {@code 8bit}…,
 *       misconfigurations browsers ignore) are ignored. A compression ingest does not speak ({@code compress},
 *       {@code zstd}, {@code pack200-gzip}, {@code exi}, anything else) refuses the body:
 *       {@link FetchRefusedException} {@code unsupported-content-coding}; ingest never offers them.</li>
 *   <li>Sniffing (on request): after the declared codings, a body that still starts with the gzip magic bytes
 *       {@code 1f 8b} is gunzipped, up to {@value #MAX_SNIFFED_LAYERS} times: a {@code .xml.gz} sitemap or a
 *       gzipped feed served as {@code application/xml}, {@code application/x-gzip} or
 *       {@code application/octet-stream}, with or without {@code Content-Encoding: gzip}. No text document
 *       starts with those bytes.</li>
 *   <li>The cap: at most {@code maxBytes} decoded bytes are kept; past them reading stops, the transfer is
 *       abandoned (the caller's {@code abort}, which drops the connection rather than draining it) and the
 *       result is {@link Decoded#truncated()}.</li>
 * </ul>
 * A damaged compressed stream (cut short, corrupt) is an {@link IOException}: retried like a network failure.
 */
public final class ContentDecoder {
    /** The codings ingest asks for ({@code Accept-Encoding}). */
    public static final String ACCEPT_ENCODING = "gzip, deflate, br";
    /** How many gzip layers found by their magic bytes are undone at most. */
    public static final int MAX_SNIFFED_LAYERS = 3;
    private static final Set<String> NOT_COMPRESSION = Set.of("", "identity", "none", "utf-8", "utf8", "text",
            "binary", "7bit", "8bit", "chunked", "plain");

    /**
     * @param bytes     the decoded body, at most the cap
     * @param truncated true when the decoded body went past the cap and was cut there
     * @param coding    the codings undone, in order ({@code identity} when none), sniffed layers marked
     *                  {@code gzip (sniffed)}, e.g. {@code gzip, gzip (sniffed)}
     */
    public record Decoded(byte[] bytes, boolean truncated, String coding) {
    }

    private ContentDecoder() {
    }

    /**
     * @param raw             the body as received (the caller closes it)
     * @param contentEncoding the Content-Encoding header, or null
     * @param maxBytes        the cap on the decoded size, in bytes
     * @param sniffGzip       true to gunzip a body that still starts with the gzip magic bytes
     * @param abort           called before the streams are closed when reading stopped before the end of the
     *                        transfer (cap reached, decoding failed): drops the connection instead of reading on
     * @return the decoded body
     * @throws FetchRefusedException {@code unsupported-content-coding}
     * @throws IOException           on a read failure or damaged compressed data
     */
    public static Decoded decode(InputStream raw, String contentEncoding, long maxBytes, boolean sniffGzip,
                                 Runnable abort) throws FetchRefusedException, IOException {
        EofTracking tracked = new EofTracking(raw);
        List<String> applied = new ArrayList<>();
        InputStream in = tracked;
        boolean complete = false;
        try {
            List<String> codings = codings(contentEncoding);
            for (int i = codings.size() - 1; i >= 0; i--) {
                in = undo(in, codings.get(i), applied);
            }
            if (sniffGzip) {
                for (int layer = 0; layer < MAX_SNIFFED_LAYERS; layer++) {
                    PushbackInputStream p = new PushbackInputStream(in, 2);
                    in = p;
                    if (!startsWithGzipMagic(p)) {
                        break;
                    }
                    in = new GZIPInputStream(p, 8192);
                    applied.add("gzip (sniffed)");
                }
            }
            Decoded d = readCapped(in, maxBytes, applied);
            complete = !d.truncated() && tracked.atEof();
            return d;
        } catch (RuntimeException e) { // the brotli decoder throws BrotliRuntimeException on damaged data
            throw new IOException("damaged " + String.join(", ", applied) + " body: " + e.getMessage(), e);
        } finally {
            if (!complete) {
                abort.run();
            }
            try {
                in.close();
            } catch (IOException e) {
                if (complete) {
                    throw e;
                } // else: the transfer was abandoned on purpose, closing it may fail
            }
        }
    }

    /**
     * @param contentEncoding the header value, or null
     * @return its codings, lower-case, in the order they were applied by the server
     */
    static List<String> codings(String contentEncoding) {
        List<String> out = new ArrayList<>();
        if (contentEncoding == null) {
            return out;
        }
        for (String c : contentEncoding.split(",")) {
            String t = c.trim().toLowerCase(Locale.ROOT);
            if (!NOT_COMPRESSION.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static InputStream undo(InputStream in, String coding, List<String> applied)
            throws IOException, FetchRefusedException {
        switch (coding) {
            case "gzip":
            case "x-gzip": {
                PushbackInputStream p = new PushbackInputStream(in, 2);
                if (!startsWithGzipMagic(p)) {
                    return p; // declared but not gzip: already decoded on the way
                }
                applied.add("gzip");
                return new GZIPInputStream(p, 8192);
            }
            case "deflate": {
                PushbackInputStream p = new PushbackInputStream(in, 2);
                int b0 = p.read();
                int b1 = p.read();
                if (b1 >= 0) {
                    p.unread(b1);
                }
                if (b0 >= 0) {
                    p.unread(b0);
                }
                boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0F) == 8 && ((b0 << 8) | b1) % 31 == 0;
                applied.add(zlib ? "deflate" : "deflate (raw)");
                return inflating(p, new Inflater(!zlib));
            }
            case "br":
                applied.add("br");
                // buffered: the decoder's single-byte read() loses the rest of its block (org.brotli:dec 0.1.2)
                return new BufferedInputStream(new BrotliInputStream(in), 8192);
            default:
                throw new FetchRefusedException("unsupported-content-coding",
                        "Content-Encoding " + coding + " is not one ingest decodes (" + ACCEPT_ENCODING + ")");
        }
    }

    private static InputStream inflating(InputStream in, Inflater inflater) {
        return new InflaterInputStream(in, inflater, 8192) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inflater.end();
                }
            }
        };
    }

    private static boolean startsWithGzipMagic(PushbackInputStream p) throws IOException {
        int b0 = p.read();
        if (b0 < 0) {
            return false;
        }
        int b1 = p.read();
        if (b1 >= 0) {
            p.unread(b1);
        }
        p.unread(b0);
        return b0 == 0x1F && b1 == 0x8B;
    }

    private static Decoded readCapped(InputStream in, long maxBytes, List<String> applied) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 64 * 1024));
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        boolean truncated = false;
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (total + n > maxBytes) {
                out.write(buf, 0, (int) (maxBytes - total));
                truncated = true;
                break;
            }
            out.write(buf, 0, n);
            total += n;
        }
        String coding = applied.isEmpty() ? "identity" : String.join(", ", applied);
        return new Decoded(out.toByteArray(), truncated, coding);
    }

    /** Remembers whether the wrapped stream reported its end (then the connection can be reused). */
    private static final class EofTracking extends FilterInputStream {
        private boolean eof;

        EofTracking(InputStream in) {
            super(in);
        }

        boolean atEof() throws IOException {
            if (!eof && in.read() < 0) { // the decoder stopped at its end: is the transfer over as well?
                eof = true;
            }
            return eof;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            eof |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            eof |= n < 0;
            return n;
        }
    }
}
