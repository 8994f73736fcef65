package org.cbec.mock;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.SenderProfile;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.Transport;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;

/** A {@link CebClient} for tests against the mock: SM2 test key, polls and retries in milliseconds. */
final class FastClients {

    static final XmlSigner SIGNER = XmlSigner.custom(
            Signers.pkcs12(TestKeys.sm2().pkcs12("secret".toCharArray()), "secret".toCharArray())).build();

    private FastClients() {
    }

    static CebClient client(Transport transport, MessageStore store, ClientListener listener) {
        return CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "东方物通科技(北京)有限公司"))
                .signer(SIGNER)
                .transport(transport)
                .store(store)
                .clientListener(listener)
                .config(ClientConfig.forMockTests())
                .build();
    }
}
