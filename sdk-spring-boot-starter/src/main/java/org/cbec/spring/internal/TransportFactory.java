package org.cbec.spring.internal;

import java.util.Properties;

import org.cbec.client.FolderTransportConfig;
import org.cbec.client.Transports;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.Transport;
import org.cbec.spring.CebProperties;

/** Not API: the {@link Transport} of {@code cbec.transport.*}; amqp through sdk-transport-amqp's provider, found by ServiceLoader. */
public final class TransportFactory {

    private TransportFactory() {
    }

    /** The transport {@code p} describes, for sender {@code dxpId}. */
    public static Transport transport(CebProperties.Transport p, String dxpId) {
        return switch (p.getType()) {
            case HTTP -> {
                HttpTransportConfig.Builder b = HttpTransportConfig.custom()
                        .sendUrl(SignerFactory.required(p.getSendUrl(), "cbec.transport.send-url"))
                        .connectTimeout(p.getConnectTimeout()).callTimeout(p.getCallTimeout());
                if (p.getReceiptUrl() != null && !p.getReceiptUrl().isBlank()) {
                    b.receiptUrl(p.getReceiptUrl());
                }
                if (dxpId != null) {
                    b.senderId(dxpId);
                }
                yield Transports.http(b.build());
            }
            case FOLDER -> Transports.folder(FolderTransportConfig.custom().root(SignerFactory.required(p.getFolder(), "cbec.transport.folder")).build());
            case AMQP -> {
                Properties amqp = new Properties();
                amqp.setProperty(Transports.KIND, "amqp");
                amqp.setProperty("cbec.amqp.uri", SignerFactory.required(p.getAmqp().getUri(), "cbec.transport.amqp.uri"));
                amqp.setProperty("cbec.amqp.send-queue", p.getAmqp().getSendQueue());
                amqp.setProperty("cbec.amqp.receipt-queue", p.getAmqp().getReceiptQueue());
                yield Transports.fromProperties(amqp);
            }
        };
    }
}
