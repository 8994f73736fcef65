package org.cbec.client;

import java.util.Objects;

/**
 * Who sends: the DXP id (the envelope's {@code SenderId}) and the company's customs code and name.
 *
 * <pre>{@code
 * SenderProfile me = new SenderProfile("DXPENT0000458763", "1105910159", "示例电商平台有限公司");
 * }</pre>
 *
 * @param dxpId   the exchange platform id, 1–16 characters
 * @param copCode the customs registration code
 * @param copName the registered name
 */
public record SenderProfile(String dxpId, String copCode, String copName) {

    public SenderProfile {
        Objects.requireNonNull(dxpId, "dxpId");
        if (dxpId.isEmpty() || dxpId.length() > 16) {
            throw new IllegalArgumentException("dxpId must have 1 to 16 characters");
        }
        Objects.requireNonNull(copCode, "copCode");
        Objects.requireNonNull(copName, "copName");
    }
}
