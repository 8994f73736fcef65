package org.cbec.client.spi.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small helpers shared by the transports (names for envelopes that have none, a root-element sniff). */
public final class Names {

    private Names() {
    }

    /** A name for content that has none: its SHA-256, shortened. */
    public static String digest(byte[] bytes) {
        try {
            return "sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the first element of {@code xml} has local name {@code local} (a cheap sniff, not a parse). */
    public static boolean rootIs(byte[] xml, String local) {
        String head = new String(xml, 0, Math.min(xml.length, 512), StandardCharsets.UTF_8);
        int i = 0;
        while ((i = head.indexOf('<', i)) >= 0) {
            if (i + 1 < head.length() && (head.charAt(i + 1) == '?' || head.charAt(i + 1) == '!')) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < head.length() && " \t\r\n/>".indexOf(head.charAt(end)) < 0) {
                end++;
            }
            String name = head.substring(i + 1, end);
            return name.equals(local) || name.endsWith(":" + local);
        }
        return false;
    }

    /** A file-name-safe version of {@code s}. */
    public static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
