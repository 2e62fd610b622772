package newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Content codings for the tests' loopback sites: gzip, zlib and raw deflate, brotli, and decompression bombs. */
public final class Codings {
    private Codings() {
    }

    /** @return {@code body} gzipped (RFC 1952) */
    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param body the body
     * @param raw  true for a raw RFC 1951 stream (what some servers send as "deflate"), false for zlib (RFC 1950)
     * @return {@code body} deflated
     */
    public static byte[] deflate(byte[] body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, raw);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, d)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            d.end();
        }
        return out.toByteArray();
    }

    /**
     * A brotli stream (RFC 7932) of uncompressed meta-blocks: a valid stream any decoder must read, written here
     * because the JDK has no brotli encoder.
     *
     * @param body the body
     * @return {@code body} as a brotli stream
     */
    public static byte[] brotli(byte[] body) {
        Bits bits = new Bits();
        bits.write(0, 1); // WBITS = 16
        for (int off = 0; off < body.length; off += 65536) {
            int len = Math.min(65536, body.length - off);
            bits.write(0, 1); // ISLAST = 0
            bits.write(0, 2); // MNIBBLES = 4
            bits.write(len - 1, 16); // MLEN - 1
            bits.write(1, 1); // ISUNCOMPRESSED
            bits.align();
            bits.out.write(body, off, len);
        }
        bits.write(1, 1); // ISLAST
        bits.write(1, 1); // ISLASTEMPTY
        bits.align();
        return bits.out.toByteArray();
    }

    /**
     * @param decodedBytes how large the body becomes once decoded
     * @param fill         the byte repeated ({@code 0} for binary, {@code 'a'} for text)
     * @param gzip         true for gzip, false for zlib deflate
     * @return a small compressed body that decodes to {@code decodedBytes} bytes
     */
    public static byte[] bomb(long decodedBytes, byte fill, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, fill);
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream z = gzip ? new GZIPOutputStream(out, 1 << 16) : new DeflaterOutputStream(out, d)) {
            for (long left = decodedBytes; left > 0; left -= chunk.length) {
                z.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            d.end();
        }
        return out.toByteArray();
    }

    /** Bits packed least significant first, as brotli wants them. */
    private static final class Bits {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc;
        int n;

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                acc |= ((value >>> i) & 1) << n;
                if (++n == 8) {
                    out.write(acc);
                    acc = 0;
                    n = 0;
                }
            }
        }

        void align() {
            if (n > 0) {
                out.write(acc);
                acc = 0;
                n = 0;
            }
        }
    }
}
